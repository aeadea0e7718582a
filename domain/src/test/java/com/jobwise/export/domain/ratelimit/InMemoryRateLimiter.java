package com.jobwise.export.domain.ratelimit;

import com.jobwise.export.domain.account.UserId;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A sliding-window {@link IRateLimiter} for tests of the core: at most {@code capacity} calls per user and
 * operation in any period of the window (by the given clock), forgotten at once by {@link #reset()}.
 */
public class InMemoryRateLimiter implements IRateLimiter {
    private final Function<RateLimitedOperation, RateLimit> limits;
    private final Clock clock;
    private final Map<String, Deque<Long>> used = new HashMap<>();

    public InMemoryRateLimiter(Function<RateLimitedOperation, RateLimit> limits) {
        this(limits, Clock.systemUTC());
    }

    public InMemoryRateLimiter(Function<RateLimitedOperation, RateLimit> limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public synchronized RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation) {
        RateLimit limit = limits.apply(operation);
        long now = clock.millis();
        long window = limit.window().toMillis();
        Deque<Long> calls = used.computeIfAbsent(user.value() + "/" + operation.key(), k -> new ArrayDeque<>());
        while (!calls.isEmpty() && calls.peekFirst() <= now - window) {
            calls.removeFirst();
        }
        if (calls.size() >= limit.capacity()) {
            return new RateLimitDecision(false, limit.capacity(), 0, Duration.ofMillis(
                    Math.max(1, calls.peekFirst() + window - now)));
        }
        calls.addLast(now);
        return new RateLimitDecision(true, limit.capacity(), limit.capacity() - calls.size(), limit.window());
    }

    @Override
    public synchronized void refund(UserId user, RateLimitedOperation operation) {
        Deque<Long> calls = used.get(user.value() + "/" + operation.key());
        if (calls != null && !calls.isEmpty()) {
            calls.removeLast();
        }
    }

    /** Forgets every count. */
    public synchronized void reset() {
        used.clear();
    }
}
