package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.job.IWebhookSecretRepository;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * {@link IWebhookSecretRepository} on {@code webhook_secrets} (migration V8); {@link #save} is an upsert in one
 * transaction. Errors: {@link StorageUnavailableException} when the database cannot be reached.
 */
@Singleton
@Requires(property = "datasources.default.url")
@TranslateSqlErrors
public class JdbcWebhookSecretRepository implements IWebhookSecretRepository {
    private final WebhookSecretRows rows;

    JdbcWebhookSecretRepository(WebhookSecretRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<String> find(UserId userId) {
        return rows.findById(userId.value()).map(WebhookSecretRows.Row::secret);
    }

    @Override
    @Transactional
    public void save(UserId userId, String secret, Instant createdAt) {
        if (rows.insertIfAbsent(userId.value(), secret, createdAt) == 0) {
            rows.replace(userId.value(), secret, createdAt);
        }
    }
}
