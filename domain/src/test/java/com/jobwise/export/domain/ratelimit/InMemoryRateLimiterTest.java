package com.jobwise.export.domain.ratelimit;


import java.util.function.Function;

/** Runs the rate limiter contract against the in-memory fake. */
class InMemoryRateLimiterTest extends IRateLimiterContract {
    @Override
    protected IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits) {
        return new InMemoryRateLimiter(limits);
    }
}
