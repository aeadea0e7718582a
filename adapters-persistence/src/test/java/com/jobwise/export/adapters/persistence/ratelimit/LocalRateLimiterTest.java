package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.IRateLimiterContract;
import com.jobwise.export.domain.export.TestData;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.IRateLimiterContract;
import com.jobwise.export.domain.common.ManualClock;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link IRateLimiter} contract and the sliding-log behaviour on {@link LocalRateLimiter} (in memory). */
class LocalRateLimiterTest extends IRateLimiterContract {

    @Override
    protected IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits) {
        return new LocalRateLimiter(limits);
    }

    @Override
    protected IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits, ManualClock clock) {
        return new LocalRateLimiter(limits, clock);
    }

    @Test
    void theFiftyFirstCallWithTheSpecDefaultIsRefused() {
        RateLimiterChecks.theFiftyFirstCallWithTheSpecDefaultIsRefused(
                List.of(new LocalRateLimiter(RateLimitedOperation::defaultLimit)));
    }

    @Test
    void concurrentCallsNeverSpendMoreThanTheCapacity() throws Exception {
        LocalRateLimiter limiter = new LocalRateLimiter(op -> new RateLimit(10, Duration.ofHours(1)));
        assertThat(RateLimiterChecks.concurrentlyAllowed(List.of(limiter), 200)).isEqualTo(10);
    }

    @Test
    void onlyLogsWithNoCallLeftInTheirWindowAreDropped() {
        ManualClock clock = new ManualClock();
        LocalRateLimiter limiter = new LocalRateLimiter(RateLimiterChecks.THREE_PER_HOUR, clock);
        UserId early = TestData.newUser();
        UserId late = TestData.newUser();
        limiter.tryConsume(early, RateLimitedOperation.PDF_EXPORT);
        clock.advance(Duration.ofMinutes(30));
        limiter.tryConsume(late, RateLimitedOperation.PDF_EXPORT);
        limiter.tryConsume(late, RateLimitedOperation.PDF_EXPORT);
        limiter.tryConsume(late, RateLimitedOperation.PDF_EXPORT);

        clock.advance(Duration.ofMinutes(31)); // early's call has left the hour, late's have not
        assertThat(limiter.dropEmptyLogs()).isEqualTo(1);
        assertThat(limiter.size()).isEqualTo(1);
        assertThat(limiter.tryConsume(late, RateLimitedOperation.PDF_EXPORT).allowed()).isFalse();
        assertThat(limiter.tryConsume(early, RateLimitedOperation.PDF_EXPORT).remaining()).isEqualTo(2);
    }

    @Test
    void everyOperationNeedsALimit() {
        assertThatThrownBy(() -> new LocalRateLimiter(op -> op == RateLimitedOperation.PREVIEW ? null
                : op.defaultLimit())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preview");
    }
}
