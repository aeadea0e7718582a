package com.jobwise.export.application.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;

import java.time.Duration;
import java.util.function.Function;

/**
 * Spends one unit of a user's budget for an operation (spec: "Rate Limiting": PDF 50/h, DOCX 50/h,
 * batch 10/h, preview 100/h by default, in any rolling hour; configurable), or gives it back. The budgets live behind {@link IRateLimiter},
 * shared by every instance.
 */
public final class ConsumeRateLimit {
    private final IRateLimiter limiter;
    private final Function<RateLimitedOperation, RateLimit> limits;

    /** @param limits the configured limit of each operation (the same function the limiter was built with) */
    public ConsumeRateLimit(IRateLimiter limiter, Function<RateLimitedOperation, RateLimit> limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    public RateLimitDecision execute(UserId user, RateLimitedOperation operation) {
        return limiter.tryConsume(user, operation);
    }

    /** Gives back the unit {@code user}'s latest call of {@code operation} spent (a call answered 503). */
    public void refund(UserId user, RateLimitedOperation operation) {
        limiter.refund(user, operation);
    }

    /** The window of {@code operation}'s budget. */
    public Duration window(RateLimitedOperation operation) {
        return limits.apply(operation).window();
    }
}
