package com.jobwise.export.adapters.rest.template;

import com.jobwise.export.domain.template.Template;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/** Body of {@code GET /exports/templates} (spec: "List Available Templates"). */
@Serdeable(naming = SnakeCaseStrategy.class)
public record TemplateListResponse(List<Item> templates, int total) {

    /** One template of the list. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Item(String id, String name, String description, List<String> bestFor, int atsScore,
                       String previewUrl, List<String> features, List<String> customizableOptions) {
    }

    static TemplateListResponse from(List<Template> templates) {
        return new TemplateListResponse(templates.stream().map(t -> new Item(t.id(), t.name(), t.description(),
                t.bestFor(), t.atsScore(), previewUrl(t), t.features(), t.customizableOptions())).toList(),
                templates.size());
    }

    static String previewUrl(Template t) {
        return "/api/v1/exports/templates/" + t.id() + "/preview.png";
    }
}
