package com.jobwise.export.domain.port;

import com.jobwise.export.domain.model.RateLimitedOperation;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;

/**
 * Per-user budgets shared by every instance of the service (a token bucket per user and operation).
 * Throws {@link StorageUnavailableException} when the shared store cannot be reached.
 */
public interface IRateLimiter {

    /** Consumes one unit of {@code user}'s budget for {@code operation} if one is left. */
    RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation);
}
