package com.jobwise.export.application.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How long issued tokens live (JobWise design, section 5.1 "Token Lifecycle"): access tokens 1 hour, refresh
 * tokens 7 days by default. Both at least one second.
 */
public record TokenLifetimes(Duration access, Duration refresh) {
    /** Access 1 hour, refresh 7 days. */
    public static final TokenLifetimes DEFAULT = new TokenLifetimes(Duration.ofHours(1), Duration.ofDays(7));

    public TokenLifetimes {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(refresh, "refresh");
        if (access.toSeconds() < 1 || refresh.toSeconds() < 1) {
            throw new IllegalArgumentException("token lifetimes must be at least one second");
        }
    }
}
