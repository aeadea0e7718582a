package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.IWebhookSecretRepository;
import com.jobwise.export.domain.job.WebhookSignature;
import com.jobwise.export.domain.account.UserId;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Gives the user a new webhook signing secret and returns it; the old one stops signing at once. The secret is
 * shown only in this answer ({@code POST /api/v1/exports/webhooks/secret}).
 */
public final class RotateWebhookSecret {
    private final IWebhookSecretRepository secrets;
    private final SecureRandom random;
    private final Clock clock;

    public RotateWebhookSecret(IWebhookSecretRepository secrets, SecureRandom random, Clock clock) {
        this.secrets = secrets;
        this.random = random;
        this.clock = clock;
    }

    public String execute(UserId userId) {
        String secret = WebhookSignature.newSecret(random);
        secrets.save(userId, secret, clock.instant());
        return secret;
    }
}
