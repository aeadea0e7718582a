package com.jobwise.export.adapters.rest.generation;

import com.jobwise.export.domain.content.Generation;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Map;

/** A stored generation. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record GenerationResponse(String id, String documentType, @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @Nullable Map<String, Object> contentStructured,
                                 @Nullable String contentText, String createdAt,
                                 @Schema(description = "For a posted JSON Resume only: the JSON pointers (RFC 6901, "
                                         + "into the json_resume document) of the values the content model has no "
                                         + "place for; empty when everything was mapped", nullable = true)
                                 @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> unmapped) {

    static GenerationResponse from(Generation g) {
        return from(g, null);
    }

    static GenerationResponse from(Generation g, List<String> unmapped) {
        return new GenerationResponse(g.id().value(), g.documentType().wireName(), g.contentStructured(), g.contentText(),
                g.createdAt().toString(), unmapped);
    }
}
