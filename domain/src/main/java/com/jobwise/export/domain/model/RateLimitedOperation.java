package com.jobwise.export.domain.model;

import java.time.Duration;

/**
 * Operations with a per-user budget (spec: "Rate Limiting"). Downloads are unlimited.
 * The defaults are the spec's table; deployments may configure others.
 */
public enum RateLimitedOperation {
    PDF_EXPORT("pdf_export", 50, Duration.ofHours(1)),
    DOCX_EXPORT("docx_export", 50, Duration.ofHours(1)),
    BATCH_EXPORT("batch_export", 10, Duration.ofHours(1)),
    PREVIEW("preview", 100, Duration.ofHours(1));

    private final String key;
    private final long defaultCapacity;
    private final Duration defaultWindow;

    RateLimitedOperation(String key, long defaultCapacity, Duration defaultWindow) {
        this.key = key;
        this.defaultCapacity = defaultCapacity;
        this.defaultWindow = defaultWindow;
    }

    /** A stable name for storage keys and configuration ({@code pdf_export}, ...). */
    public String key() {
        return key;
    }

    /** The spec's default limit for this operation. */
    public RateLimit defaultLimit() {
        return new RateLimit(defaultCapacity, defaultWindow);
    }
}
