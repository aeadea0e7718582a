package com.jobwise.export.domain.ratelimit;

import com.jobwise.export.domain.common.ManualClock;

import com.jobwise.export.domain.export.TestData;

import com.jobwise.export.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IRateLimiter} honours. Subclasses build a limiter with the given limits
 * (the tests use small capacities and a one-hour window).
 */
public abstract class IRateLimiterContract {

    protected abstract IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits);

    /** A limiter whose time is {@code clock}. */
    protected abstract IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits, ManualClock clock);

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

    /**
     * The spec's numbers hold over ANY rolling window: calls at random moments over five hours (a client that
     * retries as soon as it may, as a token bucket would let it every window/capacity) never get more than the
     * capacity allowed within one window, and a full window after the last allowed call the whole budget is back.
     */
    @Test
    void anyRollingWindowAdmitsAtMostTheCapacity() {
        ManualClock clock = new ManualClock();
        IRateLimiter limiter = createLimiter(THREE_PER_HOUR, clock);
        UserId user = TestData.newUser();
        Random random = new Random(42);
        List<Long> allowed = new ArrayList<>();
        long start = clock.millis();
        while (clock.millis() - start < Duration.ofHours(5).toMillis()) {
            RateLimitDecision decision = limiter.tryConsume(user, RateLimitedOperation.PDF_EXPORT);
            if (decision.allowed()) {
                allowed.add(clock.millis());
            } else {
                assertThat(decision.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
            }
            clock.advance(Duration.ofSeconds(1 + random.nextInt(1500)));
        }
        long window = Duration.ofHours(1).toMillis();
        for (long from : allowed) {
            long inWindow = allowed.stream().filter(t -> t >= from && t < from + window).count();
            assertThat(inWindow).as("calls allowed in the hour from %d", from - start).isLessThanOrEqualTo(3);
        }
        assertThat(allowed).hasSizeGreaterThanOrEqualTo(9); // the budget does come back, window after window

        clock.advance(Duration.ofHours(1));
        for (int i = 2; i >= 0; i--) {
            assertThat(limiter.tryConsume(user, RateLimitedOperation.PDF_EXPORT).remaining()).isEqualTo(i);
        }
    }

    /** A refused call says exactly when the oldest counted call leaves the window, and then one call passes. */
    @Test
    void aRefusedCallRetriesWhenTheOldestCallLeavesTheWindow() {
        ManualClock clock = new ManualClock();
        IRateLimiter limiter = createLimiter(THREE_PER_HOUR, clock);
        UserId user = TestData.newUser();
        limiter.tryConsume(user, RateLimitedOperation.PREVIEW);
        clock.advance(Duration.ofMinutes(10));
        limiter.tryConsume(user, RateLimitedOperation.PREVIEW);
        limiter.tryConsume(user, RateLimitedOperation.PREVIEW);

        RateLimitDecision refused = limiter.tryConsume(user, RateLimitedOperation.PREVIEW);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(50));
        clock.advance(Duration.ofMinutes(49));
        assertThat(limiter.tryConsume(user, RateLimitedOperation.PREVIEW).allowed()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        RateLimitDecision back = limiter.tryConsume(user, RateLimitedOperation.PREVIEW);
        assertThat(back.allowed()).isTrue();
        assertThat(back.remaining()).isZero();
        assertThat(limiter.tryConsume(user, RateLimitedOperation.PREVIEW).allowed()).isFalse();
    }

    /** A refunded call (one the service failed to serve) costs nothing. */
    @Test
    void aRefundGivesTheLatestUnitBack() {
        ManualClock clock = new ManualClock();
        IRateLimiter limiter = createLimiter(THREE_PER_HOUR, clock);
        UserId user = TestData.newUser();
        limiter.refund(user, RateLimitedOperation.BATCH_EXPORT); // nothing spent: no-op
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume(user, RateLimitedOperation.BATCH_EXPORT);
        }
        limiter.refund(user, RateLimitedOperation.BATCH_EXPORT);

        RateLimitDecision again = limiter.tryConsume(user, RateLimitedOperation.BATCH_EXPORT);
        assertThat(again.allowed()).isTrue();
        assertThat(again.remaining()).isZero();
        assertThat(limiter.tryConsume(user, RateLimitedOperation.BATCH_EXPORT).allowed()).isFalse();
    }
}
