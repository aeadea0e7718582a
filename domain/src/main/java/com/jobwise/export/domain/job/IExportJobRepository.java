package com.jobwise.export.domain.job;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code export_jobs} and {@code export_job_items} tables. Reads a user triggers are scoped by
 * {@link UserId} (another user's job looks missing); the worker's writes are by job id. Every state change is
 * conditional, so concurrent callers (a worker and a cancel, two instances) never move a finished job or item
 * again. Throws {@link StorageUnavailableException} when the database cannot be reached.
 */
public interface IExportJobRepository {

    /** Inserts the job and its items. */
    void save(ExportJob job);

    /** The job with its items, of any user (for the worker). */
    Optional<ExportJob> findById(JobId id);

    /** The job's current status, of any user (checked by the worker before each item). */
    Optional<JobStatus> statusOf(JobId id);

    /** The job with its items when {@code userId} owns it. */
    Optional<ExportJob> findByIdAndUser(JobId id, UserId userId);

    /**
     * One page of the user's jobs, newest first.
     *
     * @param status {@code null} for every status
     * @param limit  1 to 100; {@code offset} 0 or more
     */
    JobPage findByUser(UserId userId, JobStatus status, int limit, int offset);

    /** Queued → running with {@code startedAt}; {@code false} when the job is not queued (running stays running). */
    boolean markRunning(JobId id, Instant startedAt);

    /**
     * Pending item → completed with its export; also a skipped one, since the item a worker was exporting when the
     * job was cancelled still finishes and its export must be reported. {@code false} for a completed or failed item.
     */
    boolean completeItem(JobId id, int index, ExportId exportId);

    /** Pending item → failed with {@code error}; {@code false} when the item was no longer pending. */
    boolean failItem(JobId id, int index, String error);

    /**
     * Queued or running → {@code status} (completed or failed) with the ZIP export and error; {@code false} when
     * the job had already finished (e.g. was cancelled meanwhile).
     */
    boolean finish(JobId id, JobStatus status, ExportId resultExportId, String error, Instant finishedAt);

    /**
     * Queued or running → cancelled, and every pending item → skipped, in one transaction; {@code false} when the
     * user has no such job or it had already finished.
     */
    boolean cancel(JobId id, UserId userId, Instant finishedAt);

    /** Jobs queued or running, of every user (the queue-depth gauge). */
    long countUnfinished();

    /** Deletes up to {@code limit} finished jobs whose {@code expires_at} is at or before {@code now}, with their items. */
    int purgeExpired(Instant now, int limit);
}
