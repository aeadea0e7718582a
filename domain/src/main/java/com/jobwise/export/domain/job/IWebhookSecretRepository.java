package com.jobwise.export.domain.job;

import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Each user's webhook signing secret ({@code webhook_secrets}). The secret is the HMAC key, so it is stored as
 * given (it must be readable to sign); the API shows it only once, when it is created or rotated.
 */
public interface IWebhookSecretRepository {

    /** The user's current secret. */
    Optional<String> find(UserId userId);

    /** Sets (inserts or replaces) the user's secret. */
    void save(UserId userId, String secret, Instant createdAt);
}
