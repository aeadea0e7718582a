package com.jobwise.export.domain.ratelimit;

import com.jobwise.export.domain.common.ManualClock;

import java.util.function.Function;

/** Runs the rate limiter contract against the in-memory fake. */
class InMemoryRateLimiterTest extends IRateLimiterContract {
    @Override
    protected IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits) {
        return new InMemoryRateLimiter(limits);
    }

    @Override
    protected IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits, ManualClock clock) {
        return new InMemoryRateLimiter(limits, clock);
    }
}
