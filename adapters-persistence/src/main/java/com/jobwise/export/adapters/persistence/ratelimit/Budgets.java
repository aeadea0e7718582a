package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Bucket4j side shared by both limiters: one bucket configuration per operation, resolved once from the
 * configured limits (so a bad limit fails at startup), the bucket key, and probe-to-decision mapping.
 */
final class Budgets {
    private final Map<RateLimitedOperation, RateLimit> limits = new EnumMap<>(RateLimitedOperation.class);
    private final Map<RateLimitedOperation, BucketConfiguration> configurations =
            new EnumMap<>(RateLimitedOperation.class);

    /** Throws {@link IllegalArgumentException} when {@code limits} has no limit for some operation. */
    Budgets(Function<RateLimitedOperation, RateLimit> limits) {
        Objects.requireNonNull(limits, "limits");
        for (RateLimitedOperation operation : RateLimitedOperation.values()) {
            RateLimit limit = limits.apply(operation);
            if (limit == null) {
                throw new IllegalArgumentException("no rate limit configured for " + operation.key());
            }
            this.limits.put(operation, limit);
            this.configurations.put(operation, configuration(limit));
        }
    }

    /**
     * A token bucket of {@code capacity} tokens, full at first, refilled greedily at {@code capacity} tokens
     * per {@code window} (one token every {@code window / capacity}), so a spent budget comes back gradually.
     */
    static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.window()))
                .build();
    }

    long capacity(RateLimitedOperation operation) {
        return limits.get(operation).capacity();
    }

    BucketConfiguration configuration(RateLimitedOperation operation) {
        return configurations.get(operation);
    }

    /** The bucket of {@code user} for {@code operation}: {@code user_id + ":" + operation.key()}. */
    static String key(UserId user, RateLimitedOperation operation) {
        return user.value() + ":" + operation.key();
    }

    /**
     * The port's decision for a probe: when consumed, the tokens left and the time until the bucket is
     * full again; when refused, 0 left and the time until one token is back (always positive).
     */
    RateLimitDecision decision(RateLimitedOperation operation, ConsumptionProbe probe) {
        long capacity = limits.get(operation).capacity();
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, capacity, probe.getRemainingTokens(),
                    Duration.ofNanos(probe.getNanosToWaitForReset()));
        }
        return new RateLimitDecision(false, capacity, 0, Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }
}
