package com.jobwise.export.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code idempotency_keys} (migration V5). Every write is one conditional statement on the primary key
 * {@code (user_id, idempotency_key)}, so concurrent requests on any instance see exactly one winner.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyKeyRows extends GenericRepository<IdempotencyKeyRows.Row, IdempotencyKeyRows.Key> {

    /** The primary key. */
    @Embeddable
    record Key(@MappedProperty("user_id") String userId, @MappedProperty("idempotency_key") String idempotencyKey) {
    }

    /** A row; {@code state} is {@code 'in_progress'} or {@code 'completed'} (then the response is set). */
    @MappedEntity("idempotency_keys")
    record Row(@EmbeddedId Key id, String requestFingerprint, String reservationToken, String state,
               @Nullable Integer responseStatus, @Nullable String responseContentType, @Nullable byte[] responseBody,
               Instant lockedUntil, Instant expiresAt, Instant createdAt) {
    }

    @Query("INSERT INTO idempotency_keys (user_id, idempotency_key, request_fingerprint, reservation_token, state, "
            + "locked_until, expires_at, created_at) VALUES (:userId, :key, :fingerprint, :token, 'in_progress', "
            + ":lockedUntil, :expiresAt, :now) ON CONFLICT DO NOTHING")
    int insertIfAbsent(String userId, String key, String fingerprint, String token, Instant lockedUntil,
                       Instant expiresAt, Instant now);

    /** Takes over an expired row or an abandoned reservation (its lease ran out). */
    @Query("UPDATE idempotency_keys SET request_fingerprint = :fingerprint, reservation_token = :token, "
            + "state = 'in_progress', response_status = NULL, response_content_type = NULL, response_body = NULL, "
            + "locked_until = :lockedUntil, expires_at = :expiresAt, created_at = :now "
            + "WHERE user_id = :userId AND idempotency_key = :key "
            + "AND (expires_at <= :now OR (state = 'in_progress' AND locked_until <= :now))")
    int takeOver(String userId, String key, String fingerprint, String token, Instant lockedUntil, Instant expiresAt,
                 Instant now);

    Optional<Row> findById(Key id);

    @Query("UPDATE idempotency_keys SET state = 'completed', response_status = :status, "
            + "response_content_type = :contentType, response_body = :body "
            + "WHERE user_id = :userId AND idempotency_key = :key AND reservation_token = :token "
            + "AND state = 'in_progress'")
    int complete(String userId, String key, String token, int status, @Nullable String contentType, byte[] body);

    @Query("DELETE FROM idempotency_keys WHERE user_id = :userId AND idempotency_key = :key "
            + "AND reservation_token = :token AND state = 'in_progress'")
    int release(String userId, String key, String token);

    int deleteByExpiresAtLessThanEquals(Instant now);
}
