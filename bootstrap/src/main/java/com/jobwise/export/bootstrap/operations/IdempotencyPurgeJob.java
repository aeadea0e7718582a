package com.jobwise.export.bootstrap.operations;

import com.jobwise.export.application.idempotency.PurgeIdempotencyKeys;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Deletes Idempotency-Key records whose 24 hours are over ({@code export.idempotency.purge-interval}, default
 * hourly; off with the cleanup job, {@code export.cleanup.enabled: false}). Expired records are already ignored
 * by the store, so this only bounds the table's size; safe on every instance at once.
 */
@Singleton
@Requires(property = "export.cleanup.enabled", notEquals = "false")
@Requires(beans = PurgeIdempotencyKeys.class)
public class IdempotencyPurgeJob {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurgeJob.class);

    private final PurgeIdempotencyKeys purge;

    public IdempotencyPurgeJob(PurgeIdempotencyKeys purge) {
        this.purge = purge;
    }

    /** One purge; a failure is logged and retried at the next run. */
    @Scheduled(fixedDelay = "${export.idempotency.purge-interval:1h}",
            initialDelay = "${export.idempotency.purge-initial-delay:5m}")
    public void run() {
        try {
            int purged = purge.execute();
            if (purged > 0) {
                LOG.info("Purged {} expired Idempotency-Key records", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Idempotency-Key purge failed, retrying at the next run: {}", e.getMessage());
        }
    }
}
