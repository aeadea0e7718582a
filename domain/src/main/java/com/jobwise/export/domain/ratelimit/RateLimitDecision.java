package com.jobwise.export.domain.ratelimit;

import java.time.Duration;

/**
 * The outcome of asking for one unit of a budget.
 *
 * @param allowed    whether the operation may go ahead (a unit was consumed)
 * @param limit      the budget's capacity per window
 * @param remaining  units left after this call
 * @param retryAfter when refused, how long until one unit is available; otherwise how long until the
 *                   bucket is full again
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Duration retryAfter) {
}
