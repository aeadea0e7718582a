package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.adapters.persistence.SqlErrors;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import io.github.bucket4j.BucketExceptions;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@link IRateLimiter} whose token buckets live in the PostgreSQL table {@value #TABLE} (migration V3), so
 * every instance of the service spends the same per-user budget. Bucket4j's select-for-update proxy
 * manager does one short transaction per call on our pooled {@link DataSource}: {@code INSERT ... ON
 * CONFLICT DO NOTHING} of the bucket row on first use, {@code SELECT state ... FOR UPDATE}, compute,
 * {@code UPDATE}, commit. Row key: {@code user_id + ":" + operation.key()}.
 *
 * <p>Each budget is {@link RateLimit#capacity()} calls, refilled greedily over {@link RateLimit#window()}
 * (one call comes back every {@code window / capacity}). A row's {@code expires_at} is the epoch
 * millisecond (by the writing instance's system clock) at which its bucket is full again;
 * {@link #removeFullBuckets} deletes such rows. The
 * limits are read when a bucket row is created: a changed limit applies to a user once their bucket has
 * refilled and been removed. Time is the instances' wall clock, so keep them NTP-synchronised.
 *
 * <p>PostgreSQL only (H2 lacks the locking Bucket4j relies on); use {@link LocalRateLimiter} with the
 * embedded H2. Throws {@link StorageUnavailableException} when the database cannot be reached or does not
 * answer within {@value #REQUEST_TIMEOUT_SECONDS} s, {@link IllegalStateException} when the table is
 * missing (migrations not run). Thread-safe. Create it with {@code new}; it is not a bean.
 */
public final class PostgresRateLimiter implements IRateLimiter {
    /** The table of bucket rows, created by {@code V3__create_rate_limit_buckets.sql}. */
    public static final String TABLE = "rate_limit_buckets";

    /** Statement timeout of each bucket operation, in seconds. */
    static final int REQUEST_TIMEOUT_SECONDS = 5;

    private final Budgets budgets;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    /**
     * @param dataSource the service's PostgreSQL pool (or the {@code DataSource} bean wrapping it), migrated by this
     *                   module's Flyway scripts
     * @param limits     the budget of each operation, e.g. {@code RateLimitedOperation::defaultLimit} for the
     *                   spec's table; asked once per operation here, so a missing limit fails immediately
     *                   ({@link IllegalArgumentException})
     */
    public PostgresRateLimiter(DataSource dataSource, Function<RateLimitedOperation, RateLimit> limits) {
        this(dataSource, limits, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the wall clock of the buckets (tests advance a manual one). */
    PostgresRateLimiter(DataSource dataSource, Function<RateLimitedOperation, RateLimit> limits, TimeMeter clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.budgets = new Budgets(limits);
        // Bucket4j runs its own transactions: it gets the pool, not Micronaut Data's contextual wrapper of it.
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(DelegatingDataSource.unwrapDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .requestTimeout(Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS))
                .clientClock(Objects.requireNonNull(clock, "clock"))
                .build();
    }

    @Override
    public RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(operation, "operation");
        ConsumptionProbe probe;
        try {
            probe = buckets.getProxy(Budgets.key(user, operation), () -> budgets.configuration(operation))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            throw translate("rate limit " + operation.key(), e);
        }
        return budgets.decision(operation, probe);
    }

    /**
     * Deletes up to {@code limit} bucket rows that are full again (their {@code expires_at} has passed): they
     * hold nothing a fresh bucket would not. Safe on several instances at once ({@code SKIP LOCKED}). Returns
     * how many rows went; schedule it (e.g. hourly) so the table tracks only recently active users.
     */
    public int removeFullBuckets(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        try {
            return buckets.removeExpired(limit);
        } catch (RuntimeException e) {
            throw translate("remove full rate limit buckets", e);
        }
    }

    /**
     * The SQLException inside Bucket4j's wrapper, translated like every other call of this module; any other
     * Bucket4j execution failure (e.g. its request timeout) is an outage; anything else a bug, unchanged.
     */
    private static RuntimeException translate(String operation, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                RuntimeException translated = SqlErrors.translate(operation, sql, null);
                translated.addSuppressed(e);
                return translated;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (e instanceof BucketExceptions.BucketExecutionException) {
            return new StorageUnavailableException("Rate limit store is temporarily unavailable (" + operation + ")", e);
        }
        return e;
    }
}
