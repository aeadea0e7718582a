package com.jobwise.export.domain.template;

import com.jobwise.export.domain.error.TemplateNotFoundException;

import java.util.List;
import java.util.Optional;

/** The four templates of the API spec, in the spec's order. */
public final class TemplateCatalog {
    /** The template used when a request names none (spec: {@code template} defaults to {@code modern}). */
    public static final String DEFAULT_TEMPLATE_ID = "modern";

    private static final List<String> RESUME_SECTIONS = List.of("Contact Info (header)", "Professional Summary",
            "Work Experience", "Education", "Skills", "Projects", "Cover letter");

    public static final Template MODERN = new Template("modern", "Modern",
            "Clean, minimalist design with accent colors", "1.0",
            List.of("Tech", "Startups", "Creative Industries"), 85,
            List.of("Two-column layout", "Accent color headers", "Sans-serif fonts", "Clean section dividers"),
            "two-column", List.of("Helvetica", "Arial", "Calibri"), List.of("Custom accent color", "Black text"),
            List.of("Contact Info (header)", "Professional Summary", "Work Experience", "Education",
                    "Skills (two columns)", "Projects", "Cover letter"),
            List.of("accent_color", "font_family", "font_size", "line_spacing"),
            TemplateOptions.defaults("Helvetica", 11, "#2563EB", 1.15, Margins.uniform(0.75)));

    public static final Template CLASSIC = new Template("classic", "Classic",
            "Traditional, conservative format", "1.0",
            List.of("Corporate", "Finance", "Legal"), 95,
            List.of("Single-column layout", "Serif fonts", "Black & white only", "Traditional spacing"),
            "single-column", List.of("Times New Roman", "Times", "Georgia"), List.of("Black text on white"),
            RESUME_SECTIONS,
            List.of("font_family", "font_size", "margins"),
            TemplateOptions.defaults("Times New Roman", 11, "#000000", 1.15, Margins.uniform(1.0)));

    public static final Template CREATIVE = new Template("creative", "Creative",
            "Bold, visually striking design", "1.0",
            List.of("Design", "Marketing", "Media"), 75,
            List.of("Sidebar layout", "Multiple color accents", "Mixed fonts", "Visual separators"),
            "sidebar", List.of("Helvetica", "Arial", "Calibri", "Georgia"),
            List.of("Primary color", "Secondary color", "Black text"),
            List.of("Contact Info (sidebar)", "Professional Summary", "Work Experience", "Education",
                    "Skills (sidebar)", "Languages (sidebar)", "Projects", "Cover letter"),
            List.of("primary_color", "secondary_color", "font_family", "sidebar_width"),
            TemplateOptions.defaults("Helvetica", 10, "#7C3AED", 1.2, Margins.uniform(0.6))
                    .withCreative("#7C3AED", "#0EA5E9", 32));

    public static final Template ATS_OPTIMIZED = new Template("ats-optimized", "ATS-Optimized",
            "Maximum parsability for Applicant Tracking Systems", "1.0",
            List.of("Enterprise", "Government", "Large Corporations"), 98,
            List.of("Single-column layout", "No tables or columns", "Text-based only", "Clear section headers",
                    "Maximum white space"),
            "single-column", List.of("Arial", "Calibri"), List.of("Black text"),
            RESUME_SECTIONS,
            List.of("font_family", "font_size"),
            TemplateOptions.defaults("Arial", 11, "#000000", 1.15, Margins.uniform(1.0)));

    private static final List<Template> ALL = List.of(MODERN, CLASSIC, CREATIVE, ATS_OPTIMIZED);

    private TemplateCatalog() {
    }

    /** Every template, in the spec's order. */
    public static List<Template> all() {
        return ALL;
    }

    /** The ids of every template, in the spec's order. */
    public static List<String> ids() {
        return ALL.stream().map(Template::id).toList();
    }

    /** Looks a template up by its exact id. */
    public static Optional<Template> find(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The template with id {@code id}, or the default when {@code id} is null.
     *
     * @throws TemplateNotFoundException naming the available ids (spec: 400 on export)
     */
    public static Template require(String id) {
        String wanted = id == null ? DEFAULT_TEMPLATE_ID : id;
        return find(wanted).orElseThrow(() -> new TemplateNotFoundException(wanted, ids()));
    }
}
