package com.jobwise.export.domain.job;

import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link IWebhookSecretRepository} in memory. */
public class InMemoryWebhookSecretRepository implements IWebhookSecretRepository {
    private final Map<UserId, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(UserId userId) {
        return Optional.ofNullable(secrets.get(userId));
    }

    @Override
    public void save(UserId userId, String secret, Instant createdAt) {
        secrets.put(userId, secret);
    }
}
