package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.account.UserId;

/**
 * A user's job with its progress and items ({@code GET /api/v1/exports/jobs/{id}}).
 *
 * <p>Errors: {@code ExportNotFoundException} (404) for a missing job, another user's job or a malformed id.
 */
public final class GetExportJob {
    static final String NOT_FOUND = "Export job not found";

    private final IExportJobRepository jobs;

    public GetExportJob(IExportJobRepository jobs) {
        this.jobs = jobs;
    }

    public ExportJob execute(UserId userId, String jobId) {
        return JobId.parse(jobId).flatMap(id -> jobs.findByIdAndUser(id, userId))
                .orElseThrow(() -> new ExportNotFoundException(NOT_FOUND));
    }
}
