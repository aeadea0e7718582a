package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.IExportJobRepository;

import java.time.Clock;

/**
 * Deletes finished jobs (and their item rows) past their {@code expires_at}, which is the exports' retention
 * after creation; their exports expire and are purged on their own ({@code PurgeExpiredExports}). Safe on every
 * instance at once. Returns how many jobs were deleted.
 */
public final class PurgeExpiredJobs {
    private static final int BATCH = 500;

    private final IExportJobRepository jobs;
    private final Clock clock;

    public PurgeExpiredJobs(IExportJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    public int execute() {
        int total = 0;
        int deleted;
        do {
            deleted = jobs.purgeExpired(clock.instant(), BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
