package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.Jdbc;
import com.jobwise.export.adapters.persistence.jdbc.Timestamps;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IIdempotencyStore;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link IIdempotencyStore} on the {@code idempotency_keys} table (migration V5), with the same portable SQL on
 * PostgreSQL and H2. The primary key {@code (user_id, idempotency_key)} decides races: a reservation is an
 * {@code INSERT ... ON CONFLICT DO NOTHING}; an expired or abandoned row is taken over by one conditional
 * {@code UPDATE}; every step is a single statement, so concurrent requests on any instance see exactly one
 * winner. Completion and release name the reservation token, so a request whose lease ran out cannot
 * overwrite the request that took its key over.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link IllegalArgumentException} for a blank or too long key or a lease longer than the retention.
 */
@Singleton
public class JdbcIdempotencyStore implements IIdempotencyStore {
    private static final String IN_PROGRESS = "in_progress";
    private static final String COMPLETED = "completed";
    /** A reservation that keeps losing races (released or purged between our statements) gives up after this. */
    private static final int ATTEMPTS = 3;

    private static final String INSERT_IF_ABSENT = "INSERT INTO idempotency_keys (user_id, idempotency_key, "
            + "request_fingerprint, reservation_token, state, locked_until, expires_at, created_at) "
            + "VALUES (?, ?, ?, ?, '" + IN_PROGRESS + "', ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String TAKE_OVER = "UPDATE idempotency_keys SET request_fingerprint = ?, "
            + "reservation_token = ?, state = '" + IN_PROGRESS + "', response_status = NULL, "
            + "response_content_type = NULL, response_body = NULL, locked_until = ?, expires_at = ?, created_at = ? "
            + "WHERE user_id = ? AND idempotency_key = ? "
            + "AND (expires_at <= ? OR (state = '" + IN_PROGRESS + "' AND locked_until <= ?))";
    private static final String SELECT = "SELECT request_fingerprint, state, response_status, "
            + "response_content_type, response_body, expires_at, locked_until FROM idempotency_keys "
            + "WHERE user_id = ? AND idempotency_key = ?";
    private static final String COMPLETE = "UPDATE idempotency_keys SET state = '" + COMPLETED + "', "
            + "response_status = ?, response_content_type = ?, response_body = ? "
            + "WHERE user_id = ? AND idempotency_key = ? AND reservation_token = ? AND state = '" + IN_PROGRESS + "'";
    private static final String RELEASE = "DELETE FROM idempotency_keys "
            + "WHERE user_id = ? AND idempotency_key = ? AND reservation_token = ? AND state = '" + IN_PROGRESS + "'";
    private static final String PURGE = "DELETE FROM idempotency_keys WHERE expires_at <= ?";

    private record Row(String fingerprint, String state, Integer status, String contentType, byte[] body,
                       Instant expiresAt, Instant lockedUntil) {
    }

    private final Jdbc jdbc;

    /** Uses {@code dataSource}, whose schema the Flyway migrations of this module have created. */
    public JdbcIdempotencyStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Reservation reserve(UserId user, String key, String fingerprint, Instant now, Duration retention,
                               Duration lease) {
        Objects.requireNonNull(user, "user");
        requireKey(key);
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(now, "now");
        if (lease.compareTo(retention) > 0 || lease.isNegative()) {
            throw new IllegalArgumentException("lease must be between zero and the retention");
        }
        String token = UUID.randomUUID().toString();
        Instant expiresAt = now.plus(retention);
        Instant lockedUntil = now.plus(lease);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int inserted = jdbc.update("reserve idempotency key", INSERT_IF_ABSENT, statement -> {
                statement.setString(1, user.value());
                statement.setString(2, key);
                statement.setString(3, fingerprint);
                statement.setString(4, token);
                statement.setObject(5, Timestamps.toColumn(lockedUntil));
                statement.setObject(6, Timestamps.toColumn(expiresAt));
                statement.setObject(7, Timestamps.toColumn(now));
            });
            if (inserted == 1) {
                return new Reserved(token);
            }
            int takenOver = jdbc.update("take over idempotency key", TAKE_OVER, statement -> {
                statement.setString(1, fingerprint);
                statement.setString(2, token);
                statement.setObject(3, Timestamps.toColumn(lockedUntil));
                statement.setObject(4, Timestamps.toColumn(expiresAt));
                statement.setObject(5, Timestamps.toColumn(now));
                statement.setString(6, user.value());
                statement.setString(7, key);
                statement.setObject(8, Timestamps.toColumn(now));
                statement.setObject(9, Timestamps.toColumn(now));
            });
            if (takenOver == 1) {
                return new Reserved(token);
            }
            List<Row> rows = jdbc.query("read idempotency key", SELECT, statement -> {
                statement.setString(1, user.value());
                statement.setString(2, key);
            }, JdbcIdempotencyStore::map);
            if (rows.isEmpty()) {
                continue; // released or purged since our INSERT: try again
            }
            Row row = rows.getFirst();
            if (!row.expiresAt().isAfter(now) || (IN_PROGRESS.equals(row.state()) && !row.lockedUntil().isAfter(now))) {
                continue; // freed since our UPDATE: try again
            }
            if (!row.fingerprint().equals(fingerprint)) {
                return new Mismatch();
            }
            if (COMPLETED.equals(row.state())) {
                return new Replay(new StoredResponse(row.status(), row.contentType(), row.body()));
            }
            return new InProgress();
        }
        return new InProgress();
    }

    @Override
    public boolean complete(UserId user, String key, String token, StoredResponse response) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(response, "response");
        return jdbc.update("complete idempotency key", COMPLETE, statement -> {
            statement.setInt(1, response.status());
            if (response.contentType() == null) {
                statement.setNull(2, Types.VARCHAR);
            } else {
                statement.setString(2, response.contentType());
            }
            statement.setBytes(3, response.body());
            statement.setString(4, user.value());
            statement.setString(5, key);
            statement.setString(6, token);
        }) == 1;
    }

    @Override
    public void release(UserId user, String key, String token) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(token, "token");
        jdbc.update("release idempotency key", RELEASE, statement -> {
            statement.setString(1, user.value());
            statement.setString(2, key);
            statement.setString(3, token);
        });
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return jdbc.update("purge idempotency keys", PURGE, statement -> statement.setObject(1, Timestamps.toColumn(now)));
    }

    private static Row map(ResultSet row) throws SQLException {
        int status = row.getInt("response_status");
        Integer responseStatus = row.wasNull() ? null : status;
        return new Row(row.getString("request_fingerprint"), row.getString("state"), responseStatus,
                row.getString("response_content_type"), row.getBytes("response_body"),
                Timestamps.fromColumn(row, "expires_at"), Timestamps.fromColumn(row, "locked_until"));
    }

    private static void requireKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("an idempotency key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }
}
