package com.jobwise.export.domain.ratelimit;

import com.jobwise.export.domain.export.TestData;

import com.jobwise.export.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IRateLimiter} honours. Subclasses build a limiter with the given limits
 * (the tests use small capacities and a one-hour window).
 */
public abstract class IRateLimiterContract {

    protected abstract IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits);

    static final Function<RateLimitedOperation, RateLimit> THREE_PER_HOUR =
            op -> new RateLimit(3, Duration.ofHours(1));

    @Test
    void theBudgetIsSpentThenRefusedWithARetryAfter() {
        IRateLimiter limiter = createLimiter(THREE_PER_HOUR);
        UserId user = TestData.newUser();

        for (int i = 2; i >= 0; i--) {
            RateLimitDecision decision = limiter.tryConsume(user, RateLimitedOperation.PDF_EXPORT);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.limit()).isEqualTo(3);
            assertThat(decision.remaining()).isEqualTo(i);
        }
        RateLimitDecision refused = limiter.tryConsume(user, RateLimitedOperation.PDF_EXPORT);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void budgetsArePerUserAndPerOperation() {
        IRateLimiter limiter = createLimiter(THREE_PER_HOUR);
        UserId spender = TestData.newUser();
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume(spender, RateLimitedOperation.PDF_EXPORT);
        }

        assertThat(limiter.tryConsume(spender, RateLimitedOperation.PDF_EXPORT).allowed()).isFalse();
        assertThat(limiter.tryConsume(spender, RateLimitedOperation.DOCX_EXPORT).allowed()).isTrue();
        assertThat(limiter.tryConsume(TestData.newUser(), RateLimitedOperation.PDF_EXPORT).allowed()).isTrue();
    }

    @Test
    void eachOperationHasItsOwnLimit() {
        IRateLimiter limiter = createLimiter(op -> op == RateLimitedOperation.BATCH_EXPORT
                ? new RateLimit(1, Duration.ofHours(1)) : new RateLimit(5, Duration.ofHours(1)));
        UserId user = TestData.newUser();

        assertThat(limiter.tryConsume(user, RateLimitedOperation.BATCH_EXPORT).allowed()).isTrue();
        assertThat(limiter.tryConsume(user, RateLimitedOperation.BATCH_EXPORT).allowed()).isFalse();
        assertThat(limiter.tryConsume(user, RateLimitedOperation.PREVIEW).limit()).isEqualTo(5);
    }
}
