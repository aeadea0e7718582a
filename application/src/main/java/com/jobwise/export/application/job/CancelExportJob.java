package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.account.UserId;

import java.time.Clock;

/**
 * Cancels a queued or running job ({@code DELETE /api/v1/exports/jobs/{id}}): items not started are skipped,
 * finished items and their exports are kept. A worker running the job sees the cancellation before its next item
 * and stops; the item it is exporting at that moment still finishes and is reported as completed.
 *
 * <p>Errors: {@code ExportNotFoundException} (404) for a missing or another user's job.
 */
public final class CancelExportJob {
    private final IExportJobRepository jobs;
    private final GetExportJob getJob;
    private final Clock clock;

    public CancelExportJob(IExportJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.getJob = new GetExportJob(jobs);
        this.clock = clock;
    }

    /** The outcome: the job after the call, and whether this call cancelled it ({@code false}: it had finished). */
    public record Result(ExportJob job, boolean cancelled) {
    }

    public Result execute(UserId userId, String jobId) {
        ExportJob job = getJob.execute(userId, jobId);
        boolean cancelled = jobs.cancel(job.id(), userId, clock.instant());
        ExportJob after = jobs.findByIdAndUser(job.id(), userId)
                .orElseThrow(() -> new ExportNotFoundException(GetExportJob.NOT_FOUND));
        return new Result(after, cancelled);
    }
}
