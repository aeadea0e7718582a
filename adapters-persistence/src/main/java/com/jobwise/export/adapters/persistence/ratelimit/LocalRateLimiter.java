package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@link IRateLimiter} with Bucket4j in-memory token buckets, one per {@code user_id + ":" + operation}:
 * for the embedded (H2) run, where exactly ONE instance serves every request. Behind a load balancer each
 * instance would keep its own budget, so use {@link PostgresRateLimiter} there.
 *
 * <p>Each budget is {@link RateLimit#capacity()} calls, refilled greedily over {@link RateLimit#window()}.
 * Buckets that have refilled completely carry no information and are dropped every
 * {@value #SWEEP_EVERY} calls, so memory stays proportional to the recently active users. Never throws
 * {@code StorageUnavailableException}. Thread-safe. Create it with {@code new}; it is not a bean.
 */
public final class LocalRateLimiter implements IRateLimiter {
    /** Calls between two sweeps of full buckets. */
    static final int SWEEP_EVERY = 10_000;

    private final Budgets budgets;
    private final TimeMeter clock;
    private final ConcurrentMap<String, Held> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    /**
     * @param limits the budget of each operation, e.g. {@code RateLimitedOperation::defaultLimit} for the
     *               spec's table; asked once per operation here, so a missing limit fails immediately
     *               ({@link IllegalArgumentException})
     */
    public LocalRateLimiter(Function<RateLimitedOperation, RateLimit> limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With the clock of the buckets (tests advance a manual one). */
    LocalRateLimiter(Function<RateLimitedOperation, RateLimit> limits, TimeMeter clock) {
        this.budgets = new Budgets(limits);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(operation, "operation");
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            dropFullBuckets();
        }
        ConsumptionProbe[] probe = new ConsumptionProbe[1];
        // compute() makes consume-or-create atomic per key, so a sweep can never drop a bucket mid-use.
        buckets.compute(Budgets.key(user, operation), (key, held) -> {
            Held current = held != null ? held : new Held(Bucket.builder()
                    .addLimit(budgets.configuration(operation).getBandwidths()[0])
                    .withCustomTimePrecision(clock)
                    .build(), budgets.capacity(operation));
            probe[0] = current.bucket().tryConsumeAndReturnRemaining(1);
            return current;
        });
        return budgets.decision(operation, probe[0]);
    }

    /** Drops every bucket that is full again (an absent bucket behaves exactly like a full one); returns how many. */
    int dropFullBuckets() {
        int dropped = 0;
        for (String key : buckets.keySet()) {
            boolean[] removed = new boolean[1];
            buckets.computeIfPresent(key, (k, held) -> {
                removed[0] = held.bucket().getAvailableTokens() >= held.capacity();
                return removed[0] ? null : held;
            });
            if (removed[0]) {
                dropped++;
            }
        }
        return dropped;
    }

    /** How many buckets are held (for tests). */
    int size() {
        return buckets.size();
    }

    /** A bucket and the capacity at which it is full. */
    private record Held(Bucket bucket, long capacity) {
    }
}
