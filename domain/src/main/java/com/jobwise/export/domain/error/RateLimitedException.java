package com.jobwise.export.domain.error;

import java.time.Duration;

/** The user's budget for an operation is spent (429); {@link #retryAfter()} says when to come back. */
public final class RateLimitedException extends ExportException {
    private final Duration retryAfter;

    public RateLimitedException(String operation, Duration retryAfter) {
        super("Rate limit exceeded for " + operation + ". Retry after " + retryAfter.toSeconds() + " seconds");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
