package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What both limiters share: the limit of each operation, resolved once from the configured limits (so a bad
 * limit fails at startup), and the key of a budget.
 */
final class Budgets {
    private final Map<RateLimitedOperation, RateLimit> limits = new EnumMap<>(RateLimitedOperation.class);

    /** Throws {@link IllegalArgumentException} when {@code limits} has no limit for some operation. */
    Budgets(Function<RateLimitedOperation, RateLimit> limits) {
        Objects.requireNonNull(limits, "limits");
        for (RateLimitedOperation operation : RateLimitedOperation.values()) {
            RateLimit limit = limits.apply(operation);
            if (limit == null) {
                throw new IllegalArgumentException("no rate limit configured for " + operation.key());
            }
            this.limits.put(operation, limit);
        }
    }

    RateLimit limit(RateLimitedOperation operation) {
        return limits.get(operation);
    }

    /** The longest window of any operation. */
    long longestWindowMillis() {
        return limits.values().stream().mapToLong(l -> l.window().toMillis()).max().orElse(0);
    }

    /** The budget of {@code user} for {@code operation}: {@code user_id + ":" + operation.key()}. */
    static String key(UserId user, RateLimitedOperation operation) {
        return user.value() + ":" + operation.key();
    }
}
