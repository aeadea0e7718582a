package com.jobwise.export.domain.ratelimit;

import java.time.Duration;

/**
 * A budget: at most {@code capacity} operations per {@code window}, refilled gradually over the
 * window (a token bucket), so a client is never locked out for a whole window.
 */
public record RateLimit(long capacity, Duration window) {
    public RateLimit {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }
}
