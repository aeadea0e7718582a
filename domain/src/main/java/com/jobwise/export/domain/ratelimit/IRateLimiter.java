package com.jobwise.export.domain.ratelimit;

import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;

/**
 * Per-user budgets shared by every instance of the service (a token bucket per user and operation).
 * Throws {@link StorageUnavailableException} when the shared store cannot be reached.
 */
public interface IRateLimiter {

    /** Consumes one unit of {@code user}'s budget for {@code operation} if one is left. */
    RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation);
}
