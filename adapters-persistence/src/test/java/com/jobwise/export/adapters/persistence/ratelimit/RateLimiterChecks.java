package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import com.jobwise.export.domain.export.TestData;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks both sliding-log limiters must pass beyond the port contract. */
final class RateLimiterChecks {
    static final Function<RateLimitedOperation, RateLimit> THREE_PER_HOUR = op -> new RateLimit(3, Duration.ofHours(1));

    private RateLimiterChecks() {
    }

    /** The spec's 50 PDF exports per hour: the 51st is refused until the first leaves the hour, about an hour later. */
    static void theFiftyFirstCallWithTheSpecDefaultIsRefused(List<IRateLimiter> instances) {
        UserId user = TestData.newUser();
        for (int i = 0; i < 50; i++) {
            RateLimitDecision decision = instances.get(i % instances.size()).tryConsume(user, RateLimitedOperation.PDF_EXPORT);
            assertThat(decision.allowed()).as("call %d", i + 1).isTrue();
            assertThat(decision.limit()).isEqualTo(50);
            assertThat(decision.remaining()).isEqualTo(49 - i);
        }
        for (IRateLimiter instance : instances) {
            RateLimitDecision refused = instance.tryConsume(user, RateLimitedOperation.PDF_EXPORT);
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.limit()).isEqualTo(50);
            assertThat(refused.remaining()).isZero();
            assertThat(refused.retryAfter()).isGreaterThan(Duration.ofMinutes(55)).isLessThanOrEqualTo(Duration.ofHours(1));
        }
    }

    /** {@code calls} concurrent calls of one user, spread over {@code instances}; returns how many were allowed. */
    static int concurrentlyAllowed(List<IRateLimiter> instances, int calls) throws Exception {
        UserId user = TestData.newUser();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                IRateLimiter instance = instances.get(i % instances.size());
                runs.add(pool.submit(() -> {
                    start.await();
                    return instance.tryConsume(user, RateLimitedOperation.BATCH_EXPORT).allowed();
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> run : runs) {
                allowed += run.get() ? 1 : 0;
            }
            return allowed;
        } finally {
            pool.shutdownNow();
        }
    }
}
