package com.jobwise.export.bootstrap;

import com.jobwise.export.application.account.PurgeExpiredRefreshTokens;

import com.jobwise.export.application.export.PurgeExpiredExports;
import com.jobwise.export.application.job.PurgeExpiredJobs;
import com.jobwise.export.domain.account.IRefreshTokenRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Runs the cleanup use cases (expired exports, previews and orphaned objects; expired export jobs; expired refresh tokens) on a schedule ({@code export.cleanup.interval}, default 10 minutes; off
 * with {@code export.cleanup.enabled: false}). Safe on every instance at once: the use case claims
 * rows with skip-locked semantics. A failed run is logged and retried at the next tick.
 */
@Singleton
@Requires(property = "export.cleanup.enabled", notEquals = "false")
class CleanupJob {
    private static final Logger LOG = LoggerFactory.getLogger(CleanupJob.class);

    private final PurgeExpiredExports purge;
    private final PurgeExpiredJobs purgeJobs;
    private final PurgeExpiredRefreshTokens purgeRefreshTokens;

    CleanupJob(PurgeExpiredExports purge, PurgeExpiredJobs purgeJobs, PurgeExpiredRefreshTokens purgeRefreshTokens) {
        this.purge = purge;
        this.purgeJobs = purgeJobs;
        this.purgeRefreshTokens = purgeRefreshTokens;
    }

    @Scheduled(fixedDelay = "${export.cleanup.interval:10m}", initialDelay = "${export.cleanup.initial-delay:1m}")
    void run() {
        try {
            PurgeExpiredExports.Report report = purge.execute();
            if (report.expiredExports() + report.expiredPreviews() + report.orphanedObjects() > 0) {
                LOG.info("Cleanup removed {} expired exports, {} expired previews, {} orphaned objects",
                        report.expiredExports(), report.expiredPreviews(), report.orphanedObjects());
            }
            int jobs = purgeJobs.execute();
            if (jobs > 0) {
                LOG.info("Cleanup removed {} expired export jobs", jobs);
            }
            int tokens = purgeRefreshTokens.execute();
            if (tokens > 0) {
                LOG.info("Cleanup removed {} expired refresh tokens", tokens);
            }
        } catch (RuntimeException e) {
            LOG.warn("Cleanup failed, retrying at the next run: {}", e.getMessage(), e);
        }
    }
}
