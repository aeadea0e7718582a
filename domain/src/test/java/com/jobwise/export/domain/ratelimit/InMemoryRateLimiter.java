package com.jobwise.export.domain.ratelimit;

import com.jobwise.export.domain.account.UserId;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A fixed-window {@link IRateLimiter} for tests of the core: {@code capacity} calls per user and
 * operation, refused afterwards until {@link #reset()}.
 */
public class InMemoryRateLimiter implements IRateLimiter {
    private final Function<RateLimitedOperation, RateLimit> limits;
    private final Map<String, Long> used = new HashMap<>();

    public InMemoryRateLimiter(Function<RateLimitedOperation, RateLimit> limits) {
        this.limits = limits;
    }

    @Override
    public synchronized RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation) {
        RateLimit limit = limits.apply(operation);
        String key = user.value() + "/" + operation.key();
        long count = used.getOrDefault(key, 0L);
        if (count >= limit.capacity()) {
            return new RateLimitDecision(false, limit.capacity(), 0, limit.window());
        }
        used.put(key, count + 1);
        return new RateLimitDecision(true, limit.capacity(), limit.capacity() - count - 1, Duration.ZERO);
    }

    /** Forgets every count. */
    public synchronized void reset() {
        used.clear();
    }
}
