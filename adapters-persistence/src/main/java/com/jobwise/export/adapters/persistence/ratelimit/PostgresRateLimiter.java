package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.adapters.persistence.SqlErrors;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@link IRateLimiter} whose sliding logs live in the PostgreSQL table {@value #TABLE} (migration V3; column
 * {@code state} holds the {@link SlidingLog}), so every instance of the service spends the same per-user budget.
 * One short transaction per call on our pooled {@link DataSource}: {@code SELECT state ... FOR UPDATE} (on a key's
 * first use {@code INSERT ... ON CONFLICT DO NOTHING} of the row, then the lock again), decide, {@code UPDATE},
 * commit: two statements per call once the row exists. Row key:
 * {@code user_id + ":" + operation.key()}.
 *
 * <p>Each budget admits at most {@link RateLimit#capacity()} calls in ANY period of {@link RateLimit#window()}.
 * A row's {@code expires_at} is the epoch millisecond after which its log holds nothing;
 * {@link #removeFullBuckets} deletes such rows. Time is the instances' wall clock, so keep them NTP-synchronised.
 *
 * <p>Throws {@link StorageUnavailableException} (part: database) when the database cannot be reached or does not
 * answer within {@value #REQUEST_TIMEOUT_SECONDS} s. Thread-safe. Create it with {@code new}; it is not a bean.
 */
public final class PostgresRateLimiter implements IRateLimiter {
    /** The table of budget rows, created by {@code V3__create_rate_limit_buckets.sql}. */
    public static final String TABLE = "rate_limit_buckets";

    /** Statement timeout of each budget operation, in seconds. */
    static final int REQUEST_TIMEOUT_SECONDS = 5;

    private final Budgets budgets;
    private final DataSource pool;
    private final Clock clock;

    /**
     * @param dataSource the service's PostgreSQL pool (or the {@code DataSource} bean wrapping it), migrated by this
     *                   module's Flyway scripts
     * @param limits     the budget of each operation, e.g. {@code RateLimitedOperation::defaultLimit} for the
     *                   spec's table; asked once per operation here, so a missing limit fails immediately
     *                   ({@link IllegalArgumentException})
     */
    public PostgresRateLimiter(DataSource dataSource, Function<RateLimitedOperation, RateLimit> limits) {
        this(dataSource, limits, Clock.systemUTC());
    }

    /** With the wall clock of the logs (tests advance a manual one). */
    PostgresRateLimiter(DataSource dataSource, Function<RateLimitedOperation, RateLimit> limits, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.budgets = new Budgets(limits);
        // Our own short transactions: the pool, not Micronaut Data's contextual wrapper of it.
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RateLimitDecision tryConsume(UserId user, RateLimitedOperation operation) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(operation, "operation");
        RateLimit limit = budgets.limit(operation);
        RateLimitDecision[] decision = new RateLimitDecision[1];
        update("rate limit " + operation.key(), Budgets.key(user, operation), limit, log -> {
            SlidingLog.Outcome outcome = log.consume(clock.millis(), limit);
            decision[0] = outcome.decision();
            return outcome.log();
        });
        return decision[0];
    }

    @Override
    public void refund(UserId user, RateLimitedOperation operation) {
        RateLimit limit = budgets.limit(operation);
        update("refund rate limit " + operation.key(), Budgets.key(user, operation), limit,
                log -> log.at(clock.millis(), limit).withoutNewest());
    }

    /** Locks the row of {@code key}, replaces its log by {@code change}'s, commits. */
    private void update(String operation, String key, RateLimit limit, UnaryOperator<SlidingLog> change) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // the row exists after a key's first call: lock it; only a first call inserts it (then locks it)
                Optional<SlidingLog> locked = lock(connection, key);
                if (locked.isEmpty()) {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                            + " (id, state, expires_at) VALUES (?, NULL, 0) ON CONFLICT (id) DO NOTHING")) {
                        insert.setQueryTimeout(REQUEST_TIMEOUT_SECONDS);
                        insert.setString(1, key);
                        insert.executeUpdate();
                    }
                    locked = lock(connection, key);
                }
                SlidingLog log = locked.orElseGet(() -> SlidingLog.of(null));
                SlidingLog next = change.apply(log);
                try (PreparedStatement write = connection.prepareStatement(
                        "UPDATE " + TABLE + " SET state = ?, expires_at = ? WHERE id = ?")) {
                    write.setQueryTimeout(REQUEST_TIMEOUT_SECONDS);
                    write.setBytes(1, next.bytes());
                    write.setLong(2, next.expiresAt(limit));
                    write.setString(3, key);
                    write.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, e, null);
        } catch (RuntimeException e) {
            throw SqlErrors.translate(operation, e, null);
        }
    }

    /** The log of {@code key}, its row locked until the transaction ends; empty when there is no row. */
    private static Optional<SlidingLog> lock(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state FROM " + TABLE + " WHERE id = ? FOR UPDATE")) {
            select.setQueryTimeout(REQUEST_TIMEOUT_SECONDS);
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(SlidingLog.of(row.getBytes(1))) : Optional.empty();
            }
        }
    }

    /**
     * Deletes up to {@code limit} rows whose log holds nothing any more (their {@code expires_at} has passed): they
     * hold nothing a fresh row would not. Safe on several instances at once ({@code SKIP LOCKED}). Returns how many
     * rows went; schedule it (e.g. hourly) so the table tracks only recently active users.
     */
    public int removeFullBuckets(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        try (Connection connection = pool.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE id IN (SELECT id FROM "
                     + TABLE + " WHERE expires_at <= ? LIMIT ? FOR UPDATE SKIP LOCKED)")) {
            delete.setQueryTimeout(REQUEST_TIMEOUT_SECONDS);
            delete.setLong(1, clock.millis());
            delete.setInt(2, limit);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate("remove full rate limit buckets", e, null);
        } catch (RuntimeException e) {
            throw SqlErrors.translate("remove full rate limit buckets", e, null);
        }
    }
}
