package com.jobwise.export.adapters.rest.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.Map;

/**
 * Body of {@code POST /generations}: a generation as the generation service writes it (the files in
 * {@code examples/generations/} can be posted as they are; their {@code id} is ignored), or a JSON Resume
 * document (schema v1.0.0) under {@code json_resume}, alone or with {@code document_type: resume}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record GenerationRequest(@Nullable String documentType, @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @Nullable Map<String, Object> contentStructured,
                                @Nullable String contentText,
                                @Schema(description = "A JSON Resume document (schema v1.0.0, "
                                        + "https://jsonresume.org/schema), mapped to the structured content; "
                                        + "use instead of content_structured and content_text",
                                        additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                                @Nullable Map<String, Object> jsonResume) {
}
