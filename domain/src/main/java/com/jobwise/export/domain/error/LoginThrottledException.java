package com.jobwise.export.domain.error;

import java.time.Duration;

/**
 * Too many failed logins for one email address in a short time (429); {@link #retryAfter()} says when
 * the next attempt is accepted. Unknown and known addresses are throttled alike.
 */
public final class LoginThrottledException extends ExportException {
    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed login attempts. Retry after " + Math.max(1, ceilSeconds(retryAfter)) + " seconds");
        this.retryAfter = retryAfter;
    }

    /** How long until a login for this address is accepted again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    private static long ceilSeconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.minusSeconds(seconds).isZero() ? seconds : seconds + 1;
    }
}
