package com.jobwise.export.adapters.rest.preview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.Map;

/** Body of {@code POST /exports/preview}: {@code generation_id}, {@code template}, {@code options}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record PreviewRequest(@Nullable String generationId, @Nullable String template,
                             @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @Nullable Map<String, Object> options) {
}
