package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@link IRateLimiter} with an in-memory sliding log per {@code user_id + ":" + operation}: for the embedded (H2)
 * run, where exactly ONE instance serves every request. Behind a load balancer each instance would keep its own
 * budget, so use {@link PostgresRateLimiter} there.
 *
 * <p>Each budget admits at most {@link RateLimit#capacity()} calls in ANY period of {@link RateLimit#window()}
 * ({@link SlidingLog}). Logs whose calls have all left their window carry no information and are dropped every
 * {@value #SWEEP_EVERY} calls, so memory stays proportional to the recently active users. Never throws
 * {@code StorageUnavailableException}. Thread-safe. Create it with {@code new}; it is not a bean.
 */
public final class LocalRateLimiter implements IRateLimiter {
    /** Calls between two sweeps of empty logs. */
    static final int SWEEP_EVERY = 10_000;

    private final Budgets budgets;
    private final Clock clock;
    private final ConcurrentMap<String, Held> logs = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    /**
     * @param limits the budget of each operation, e.g. {@code RateLimitedOperation::defaultLimit} for the
     *               spec's table; asked once per operation here, so a missing limit fails immediately
     *               ({@link IllegalArgumentException})
     */
    public LocalRateLimiter(Function<RateLimitedOperation, RateLimit> limits) {
        this(limits, Clock.systemUTC());
    }

    /** With the clock of the logs (tests advance a manual one). */
    LocalRateLimiter(Function<RateLimitedOperation, RateLimit> limits, Clock clock) {
        this.budgets = new Budgets(limits);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(operation, "operation");
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            dropEmptyLogs();
        }
        RateLimit limit = budgets.limit(operation);
        RateLimitDecision[] decision = new RateLimitDecision[1];
        // compute() makes read-decide-write atomic per key, so a sweep can never drop a log mid-use.
        logs.compute(Budgets.key(user, operation), (key, held) -> {
            SlidingLog.Outcome outcome = (held == null ? SlidingLog.of(null) : held.log())
                    .consume(clock.millis(), limit);
            decision[0] = outcome.decision();
            return new Held(outcome.log(), limit);
        });
        return decision[0];
    }

    @Override
    public void refund(UserId user, RateLimitedOperation operation) {
        logs.computeIfPresent(Budgets.key(user, operation), (key, held) -> new Held(held.log().withoutNewest(),
                held.limit()));
    }

    /** Drops every log with no call left in its window (an absent log behaves exactly like it); returns how many. */
    int dropEmptyLogs() {
        int dropped = 0;
        long now = clock.millis();
        for (String key : logs.keySet()) {
            boolean[] removed = new boolean[1];
            logs.computeIfPresent(key, (k, held) -> {
                removed[0] = held.log().expiresAt(held.limit()) <= now;
                return removed[0] ? null : held;
            });
            if (removed[0]) {
                dropped++;
            }
        }
        return dropped;
    }

    /** How many logs are held (for tests). */
    int size() {
        return logs.size();
    }

    /** A log and the limit it was kept under. */
    private record Held(SlidingLog log, RateLimit limit) {
    }
}
