package com.jobwise.export.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * When failed logins lock an email address: {@code maxFailures} failures within {@code window} (counted from
 * the first) lock it for {@code lockout}. The default is 5 failures in 15 minutes, locked 15 minutes.
 */
public record LoginThrottlePolicy(int maxFailures, Duration window, Duration lockout) {
    /** 5 failures in 15 minutes lock the address for 15 minutes. */
    public static final LoginThrottlePolicy DEFAULT =
            new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public LoginThrottlePolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockout, "lockout");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (window.isZero() || window.isNegative() || lockout.isZero() || lockout.isNegative()) {
            throw new IllegalArgumentException("window and lockout must be positive");
        }
    }
}
