package com.jobwise.export.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem document, served as {@code application/problem+json}. {@code detail} carries the
 * API spec's message ({@code {"detail": "Generation not found or does not belong to user"}}); {@code errors}
 * lists the problems of a document checked against a JSON Schema (a JSON Resume), one per JSON pointer.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail,
                      @Schema(description = "One entry per problem of a document checked against a JSON Schema "
                              + "(a posted JSON Resume); absent otherwise", nullable = true)
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<FieldError> errors) {
    /** The problem media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    @Creator
    public Problem {
        errors = errors == null ? null : List.copyOf(errors);
    }

    /** A problem without {@code errors}. */
    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, null);
    }

    /** A problem of {@code status} with the reason phrase as title. */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }

    /**
     * One problem of a posted document.
     *
     * @param pointer RFC 6901 JSON pointer of the offending value within the document ({@code ""}: the whole)
     * @param message what is wrong
     */
    @Serdeable
    public record FieldError(String pointer, String message) {
    }
}
