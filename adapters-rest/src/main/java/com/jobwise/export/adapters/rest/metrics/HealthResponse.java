package com.jobwise.export.adapters.rest.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/**
 * The health answer: {@code status} {@code UP} or {@code DOWN} and, for readiness, one entry per checked
 * component with its status, the check's duration in milliseconds and, when down, the error's kind (a class
 * name, never a message: messages may carry endpoints or credentials).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Overall health, with one entry per checked component")
public record HealthResponse(
        @Schema(description = "UP or DOWN", example = "UP") String status,
        @Nullable Map<String, Component> components) {

    /** One component's state. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One checked component")
    public record Component(
            @Schema(description = "UP or DOWN", example = "UP") String status,
            @Schema(description = "Duration of the check in milliseconds", example = "3") long durationMs,
            @Schema(description = "Kind of failure when DOWN", example = "StorageUnavailableException", nullable = true)
            @Nullable String error) {
    }

    static final String UP = "UP";
    static final String DOWN = "DOWN";
}
