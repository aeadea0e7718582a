package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.adapters.persistence.TestDatabase;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.IRateLimiterContract;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import com.jobwise.export.domain.export.TestData;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.IRateLimiterContract;
import com.jobwise.export.domain.common.ManualClock;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import com.jobwise.export.domain.export.TestData;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link IRateLimiter} contract and the shared-budget behaviour on {@link PostgresRateLimiter}, over a fresh
 * PostgreSQL schema migrated by this module's Flyway scripts. Two pools on that schema stand for two
 * instances of the service.
 */
class PostgresRateLimiterTest extends IRateLimiterContract {
    private static TestDatabase database;
    private static HikariDataSource instanceA;
    private static HikariDataSource instanceB;

    @BeforeAll
    static void start() {
        database = TestDatabase.postgres();
        instanceA = database.newPool(4);
        instanceB = database.newPool(4);
        TestDatabase.migrate(instanceA);
    }

    @AfterAll
    static void stop() {
        instanceA.close();
        instanceB.close();
        database.close();
    }

    @Override
    protected IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits) {
        return new PostgresRateLimiter(instanceA, limits);
    }

    @Override
    protected IRateLimiter createLimiter(Function<RateLimitedOperation, RateLimit> limits, ManualClock clock) {
        return new PostgresRateLimiter(instanceA, limits, clock);
    }

    @Test
    void twoInstancesShareOneBudget() {
        PostgresRateLimiter a = new PostgresRateLimiter(instanceA, RateLimiterChecks.THREE_PER_HOUR);
        PostgresRateLimiter b = new PostgresRateLimiter(instanceB, RateLimiterChecks.THREE_PER_HOUR);
        UserId user = TestData.newUser();

        assertThat(a.tryConsume(user, RateLimitedOperation.DOCX_EXPORT).remaining()).isEqualTo(2);
        assertThat(a.tryConsume(user, RateLimitedOperation.DOCX_EXPORT).remaining()).isEqualTo(1);
        RateLimitDecision third = b.tryConsume(user, RateLimitedOperation.DOCX_EXPORT);
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();

        for (PostgresRateLimiter instance : List.of(a, b)) {
            RateLimitDecision refused = instance.tryConsume(user, RateLimitedOperation.DOCX_EXPORT);
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        }
        assertThat(b.tryConsume(user, RateLimitedOperation.PDF_EXPORT).allowed()).isTrue();
        assertThat(bucketRows(user)).containsExactlyInAnyOrder(user.value() + ":docx_export", user.value() + ":pdf_export");
    }

    @Test
    void theFiftyFirstCallWithTheSpecDefaultIsRefusedOnEveryInstance() {
        RateLimiterChecks.theFiftyFirstCallWithTheSpecDefaultIsRefused(List.of(
                new PostgresRateLimiter(instanceA, RateLimitedOperation::defaultLimit),
                new PostgresRateLimiter(instanceB, RateLimitedOperation::defaultLimit)));
    }

    @Test
    void concurrentCallsOnTwoInstancesNeverSpendMoreThanTheCapacity() throws Exception {
        Function<RateLimitedOperation, RateLimit> tenPerHour = op -> new RateLimit(10, Duration.ofHours(1));
        assertThat(RateLimiterChecks.concurrentlyAllowed(List.of(
                new PostgresRateLimiter(instanceA, tenPerHour), new PostgresRateLimiter(instanceB, tenPerHour)), 40))
                .isEqualTo(10);
    }

    /** A row goes once its log holds nothing: a real 300 ms window for the row that should go. */
    @Test
    void onlyBucketRowsThatAreFullAgainAreRemoved() throws InterruptedException {
        PostgresRateLimiter limiter = new PostgresRateLimiter(instanceA, op -> op == RateLimitedOperation.PDF_EXPORT
                ? new RateLimit(3, Duration.ofMillis(300)) : new RateLimit(3, Duration.ofHours(1)));
        UserId user = TestData.newUser();
        limiter.tryConsume(user, RateLimitedOperation.PDF_EXPORT);   // empty again after 300 ms
        limiter.tryConsume(user, RateLimitedOperation.DOCX_EXPORT);  // empty again after an hour
        assertThat(bucketRows(user)).hasSize(2);

        for (int attempt = 0; attempt < 100 && bucketRows(user).size() == 2; attempt++) {
            Thread.sleep(50);
            limiter.removeFullBuckets(1000);
        }

        assertThat(bucketRows(user)).containsExactly(user.value() + ":docx_export");
        assertThat(limiter.tryConsume(user, RateLimitedOperation.DOCX_EXPORT).remaining()).isEqualTo(1);
        assertThat(limiter.tryConsume(user, RateLimitedOperation.PDF_EXPORT).remaining()).isEqualTo(2);
        assertThatThrownBy(() -> limiter.removeFullBuckets(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDatabaseThatIsGoneIsStorageUnavailable() {
        HikariDataSource closed = database.newPool(1);
        closed.close();
        PostgresRateLimiter limiter = new PostgresRateLimiter(closed, RateLimitedOperation::defaultLimit);

        assertThatThrownBy(() -> limiter.tryConsume(TestData.newUser(), RateLimitedOperation.PREVIEW))
                .isInstanceOf(StorageUnavailableException.class).hasMessageContaining("temporarily unavailable");
        assertThatThrownBy(() -> limiter.removeFullBuckets(10)).isInstanceOf(StorageUnavailableException.class);
    }

    /** The ids of {@code user}'s rows in {@code rate_limit_buckets}. */
    private static List<String> bucketRows(UserId user) {
        try (Connection connection = instanceB.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id FROM " + PostgresRateLimiter.TABLE + " WHERE id LIKE ? ORDER BY id")) {
            statement.setString(1, user.value() + ":%");
            try (ResultSet rows = statement.executeQuery()) {
                List<String> ids = new java.util.ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
