package com.jobwise.export.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed-login record of one email address (the {@code login_failures} table).
 *
 * @param failures      failures in the current window
 * @param windowStart   when the current window began (its first failure); {@code null} when none
 * @param lockedUntil   until when logins for the address are refused; {@code null} or past when not locked
 */
public record FailedLogins(int failures, Instant windowStart, Instant lockedUntil) {
    /** No failure recorded. */
    public static final FailedLogins NONE = new FailedLogins(0, null, null);

    public FailedLogins {
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative");
        }
    }

    /** How long logins stay refused at {@code now}; empty when the address is not locked. */
    public Optional<Duration> lockedFor(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now)
                ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    /**
     * The record after one more failure at {@code now}: counted in the current window, or the first of a new
     * window when the last one is over; reaching {@link LoginThrottlePolicy#maxFailures()} locks the address
     * for {@link LoginThrottlePolicy#lockout()} and starts counting afresh.
     */
    public FailedLogins afterFailure(Instant now, LoginThrottlePolicy policy) {
        boolean windowOpen = windowStart != null && now.isBefore(windowStart.plus(policy.window()));
        int count = windowOpen ? failures + 1 : 1;
        if (count >= policy.maxFailures()) {
            return new FailedLogins(0, null, now.plus(policy.lockout()));
        }
        return new FailedLogins(count, windowOpen ? windowStart : now, lockedUntil);
    }
}
