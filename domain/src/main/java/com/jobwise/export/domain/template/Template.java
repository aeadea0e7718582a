package com.jobwise.export.domain.template;

import java.util.List;
import java.util.Map;

/**
 * A document template of the catalogue (spec: "Available Templates" and the template endpoints).
 *
 * @param id                   the wire id, e.g. {@code ats-optimized}
 * @param atsScore             the published ATS score in percent (85, 95, 75, 98)
 * @param features             short feature strings for the list endpoint
 * @param layout               {@code single-column}, {@code two-column} or {@code sidebar}
 * @param fonts                the font families the template offers, first is the default
 * @param colors               a description of the colour scheme
 * @param sections             the sections the template lays out, as the detail endpoint lists them
 * @param customizableOptions  the template-specific options a request may set (spec order); the
 *                             general options of {@link TemplateOptions#GENERAL_OPTIONS} are always allowed
 * @param defaults             the options used where a request sets none
 */
public record Template(
        String id,
        String name,
        String description,
        String version,
        List<String> bestFor,
        int atsScore,
        List<String> features,
        String layout,
        List<String> fonts,
        List<String> colors,
        List<String> sections,
        List<String> customizableOptions,
        TemplateOptions defaults) {

    public Template {
        bestFor = List.copyOf(bestFor);
        features = List.copyOf(features);
        fonts = List.copyOf(fonts);
        colors = List.copyOf(colors);
        sections = List.copyOf(sections);
        customizableOptions = List.copyOf(customizableOptions);
    }

    /** Whether a request may set the template-specific option {@code name}. */
    public boolean offers(String name) {
        return customizableOptions.contains(name);
    }

    /** The spec's {@code option_constraints}: allowed values and ranges of each customizable option. */
    public Map<String, Object> optionConstraints() {
        return TemplateOptions.constraintsFor(this);
    }
}
