package com.jobwise.export.adapters.rest.template;

import com.jobwise.export.domain.template.Template;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Map;

/** Body of {@code GET /exports/templates/{template_id}} (spec: "Get Template Details"). */
@Serdeable(naming = SnakeCaseStrategy.class)
public record TemplateDetailResponse(String id, String name, String description, String version, int atsScore,
                                     String previewUrl, String samplePdfUrl, Features features,
                                     @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> defaultOptions, @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> optionConstraints) {

    /** The template's layout, fonts, colours and sections. */
    @Serdeable
    public record Features(String layout, List<String> fonts, List<String> colors, List<String> sections) {
    }

    static TemplateDetailResponse from(Template t) {
        return new TemplateDetailResponse(t.id(), t.name(), t.description(), t.version(), t.atsScore(),
                TemplateListResponse.previewUrl(t), "/api/v1/exports/templates/" + t.id() + "/sample.pdf",
                new Features(t.layout(), t.fonts(), t.colors(), t.sections()), t.defaults().toDefaultsMap(t),
                t.optionConstraints());
    }
}
