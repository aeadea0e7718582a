package com.jobwise.export.domain.ratelimit;

import java.time.Duration;

/**
 * Operations with a budget (spec: "Rate Limiting"): per user, except the share-link ones (per client IP,
 * per link). Downloads by the owner are unlimited.
 * The defaults are the spec's table; deployments may configure others.
 */
public enum RateLimitedOperation {
    PDF_EXPORT("pdf_export", 50, Duration.ofHours(1)),
    DOCX_EXPORT("docx_export", 50, Duration.ofHours(1)),
    BATCH_EXPORT("batch_export", 10, Duration.ofHours(1)),
    PREVIEW("preview", 100, Duration.ofHours(1)),
    /** Requests to the public share-link pages ({@code /s/...}), budgeted per client IP (its SHA-256). */
    SHARE_PUBLIC("share_public", 60, Duration.ofMinutes(1)),
    /** Password attempts on one share link, budgeted per link. */
    SHARE_PASSWORD("share_password", 10, Duration.ofMinutes(15));

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
