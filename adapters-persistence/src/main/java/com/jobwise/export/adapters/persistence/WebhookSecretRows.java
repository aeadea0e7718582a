package com.jobwise.export.adapters.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The {@code webhook_secrets} table (migration V8): one signing secret per user. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookSecretRows extends GenericRepository<WebhookSecretRows.Row, String> {

    /** A row of {@code webhook_secrets}. */
    @MappedEntity("webhook_secrets")
    record Row(@Id String userId, String secret, Instant createdAt) {
    }

    Optional<Row> findById(String userId);

    @Query("UPDATE webhook_secrets SET secret = :secret, created_at = :createdAt WHERE user_id = :userId")
    int replace(String userId, String secret, Instant createdAt);

    @Query("INSERT INTO webhook_secrets (user_id, secret, created_at) VALUES (:userId, :secret, :createdAt)"
            + " ON CONFLICT DO NOTHING")
    int insertIfAbsent(String userId, String secret, Instant createdAt);
}
