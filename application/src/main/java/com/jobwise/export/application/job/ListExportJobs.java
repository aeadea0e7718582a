package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.JobPage;
import com.jobwise.export.domain.job.JobStatus;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.account.UserId;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One page of a user's jobs, newest first ({@code GET /api/v1/exports/jobs}), paginated like
 * {@code /exports/files}: {@code limit} 1-100 (default 20), {@code offset} ≥ 0.
 *
 * <p>Errors: {@code InvalidOptionException} (422) for an unknown status or a limit/offset out of range.
 */
public final class ListExportJobs {
    private final IExportJobRepository jobs;

    public ListExportJobs(IExportJobRepository jobs) {
        this.jobs = jobs;
    }

    /** @param status a {@link JobStatus} wire name, {@code null} for all */
    public JobPage execute(UserId userId, String status, int limit, int offset) {
        JobStatus filter = null;
        if (status != null && !status.isBlank()) {
            filter = JobStatus.fromWireName(status).orElseThrow(() -> new InvalidOptionException("status",
                    "status must be one of " + Arrays.stream(JobStatus.values()).map(JobStatus::wireName)
                            .collect(Collectors.joining(", "))));
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidOptionException("limit", "limit must be between 1 and 100");
        }
        if (offset < 0) {
            throw new InvalidOptionException("offset", "offset must be 0 or more");
        }
        return jobs.findByUser(userId, filter, limit, offset);
    }
}
