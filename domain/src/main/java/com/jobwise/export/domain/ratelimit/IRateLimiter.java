package com.jobwise.export.domain.ratelimit;

import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;

/**
 * Per-user budgets shared by every instance of the service: at most {@code capacity} calls per user and
 * operation in ANY period of the operation's window (a sliding window, not a refilling bucket).
 * Throws {@link StorageUnavailableException} when the shared store cannot be reached.
 */
public interface IRateLimiter {

    /** Consumes one unit of {@code user}'s budget for {@code operation} if one is left. */
    RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation);

    /**
     * Gives back the unit the latest allowed call of {@code user} for {@code operation} spent: for a call the
     * service then failed to serve (503), which must cost the client nothing. No-op when nothing was spent.
     */
    void refund(UserId user, RateLimitedOperation operation);
}
