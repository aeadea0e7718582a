package com.jobwise.export.adapters.rest.generation;

import com.jobwise.export.domain.model.Generation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.Map;

/** A stored generation. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record GenerationResponse(String id, String documentType, @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @Nullable Map<String, Object> contentStructured,
                                 @Nullable String contentText, String createdAt) {

    static GenerationResponse from(Generation g) {
        return new GenerationResponse(g.id(), g.documentType().wireName(), g.contentStructured(), g.contentText(),
                g.createdAt().toString());
    }
}
