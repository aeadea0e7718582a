package com.jobwise.export.adapters.rest.error;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem document, served as {@code application/problem+json}. {@code detail} carries the
 * API spec's message ({@code {"detail": "Generation not found or does not belong to user"}}).
 */
@Serdeable
public record Problem(String type, String title, int status, String detail) {
    /** The problem media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of {@code status} with the reason phrase as title. */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
