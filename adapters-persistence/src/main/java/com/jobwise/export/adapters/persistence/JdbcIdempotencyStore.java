package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.idempotency.IIdempotencyStore;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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
@Requires(property = "datasources.default.url")
@TranslateSqlErrors
public class JdbcIdempotencyStore implements IIdempotencyStore {
    private static final String IN_PROGRESS = "in_progress";
    private static final String COMPLETED = "completed";
    /** A reservation that keeps losing races (released or purged between our statements) gives up after this. */
    private static final int ATTEMPTS = 3;

    private final IdempotencyKeyRows rows;

    JdbcIdempotencyStore(IdempotencyKeyRows rows) {
        this.rows = rows;
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
            if (rows.insertIfAbsent(user.value(), key, fingerprint, token, lockedUntil, expiresAt, now) == 1
                    || rows.takeOver(user.value(), key, fingerprint, token, lockedUntil, expiresAt, now) == 1) {
                return new Reserved(token);
            }
            Optional<IdempotencyKeyRows.Row> found = rows.findById(new IdempotencyKeyRows.Key(user.value(), key));
            if (found.isEmpty()) {
                continue; // released or purged since our INSERT: try again
            }
            IdempotencyKeyRows.Row row = found.get();
            if (!row.expiresAt().isAfter(now) || (IN_PROGRESS.equals(row.state()) && !row.lockedUntil().isAfter(now))) {
                continue; // freed since our UPDATE: try again
            }
            if (!row.requestFingerprint().equals(fingerprint)) {
                return new Mismatch();
            }
            if (COMPLETED.equals(row.state())) {
                return new Replay(new RecordedOutcome(row.responseStatus(), row.responseContentType(), row.responseBody()));
            }
            return new InProgress();
        }
        return new InProgress();
    }

    @Override
    public boolean complete(UserId user, String key, String token, RecordedOutcome response) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(response, "response");
        return rows.complete(user.value(), key, token, response.code(), response.mediaType(), response.payload()) == 1;
    }

    @Override
    public void release(UserId user, String key, String token) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(token, "token");
        rows.release(user.value(), key, token);
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return rows.deleteByExpiresAtLessThanEquals(now);
    }

    private static void requireKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("an idempotency key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }
}
