package com.jobwise.export.application.job;

import com.jobwise.export.application.export.ExportBatch;
import com.jobwise.export.application.export.ExportedFile;
import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.IJobMetrics;
import com.jobwise.export.domain.job.IJobScheduler;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.job.JobItem;
import com.jobwise.export.domain.job.JobItemStatus;
import com.jobwise.export.domain.job.JobStatus;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.export.StoredObject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a job on whichever instance the scheduler picked: marks it running, exports each pending item in order
 * ({@link RunJobItem}, idempotent), checks for a cancellation before every item, packages the ZIP when asked
 * (through {@link ExportBatch#storePackage}, under an id derived from the job, so a re-run reuses it), then
 * finishes the job: {@code completed} when at least one item produced a file (and the ZIP, if asked, was
 * stored), {@code failed} otherwise. The webhook, if any, is queued before the job is marked finished, so a crash
 * in between re-runs this and never loses it.
 *
 * <p>Safe to run again at any point (after a crash or on a second instance): finished items are skipped, a
 * finished job is left alone. A storage outage propagates, so the scheduler retries the run later.
 */
public final class RunExportJob {
    private final IExportJobRepository jobs;
    private final RunJobItem runItem;
    private final ExportBatch exportBatch;
    private final IExportRepository exports;
    private final IObjectStore objectStore;
    private final IJobScheduler scheduler;
    private final IJobMetrics metrics;
    private final Clock clock;

    public RunExportJob(IExportJobRepository jobs, RunJobItem runItem, ExportBatch exportBatch,
                        IExportRepository exports, IObjectStore objectStore, IJobScheduler scheduler,
                        IJobMetrics metrics, Clock clock) {
        this.jobs = jobs;
        this.runItem = runItem;
        this.exportBatch = exportBatch;
        this.exports = exports;
        this.objectStore = objectStore;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Runs (or resumes) the job; returns its status afterwards, empty when the job no longer exists. */
    public Optional<JobStatus> execute(JobId id) {
        Optional<ExportJob> found = jobs.findById(id);
        if (found.isEmpty() || found.get().status().isFinished()) {
            return found.map(ExportJob::status);
        }
        ExportJob job = found.get();
        jobs.markRunning(id, clock.instant());
        for (JobItem item : job.items()) {
            if (item.status() != JobItemStatus.PENDING) {
                continue;
            }
            if (jobs.statusOf(id).map(JobStatus::isFinished).orElse(true)) {
                return jobs.statusOf(id);
            }
            runItem.execute(job, item);
        }
        return Optional.of(finish(jobs.findById(id).orElseThrow()));
    }

    /**
     * Ends a job whose runs kept failing (the scheduler gave up retrying): it becomes {@code failed}, its finished
     * items and their exports stay, and its webhook is queued. Does nothing to a finished or missing job.
     */
    public void abandon(JobId id) {
        ExportJob job = jobs.findById(id).orElse(null);
        if (job == null || job.status().isFinished()) {
            return;
        }
        if (job.webhookUrl() != null) {
            scheduler.enqueueWebhook(id);
        }
        Instant now = clock.instant();
        if (jobs.finish(id, JobStatus.FAILED, null, "The job failed repeatedly and was given up", now)) {
            metrics.jobFinished(JobStatus.FAILED, Duration.between(job.createdAt(), now), job.items().size());
        }
    }

    private JobStatus finish(ExportJob job) {
        if (job.status().isFinished()) {
            return job.status();
        }
        List<JobItem> done = job.items().stream().filter(i -> i.status() == JobItemStatus.COMPLETED).toList();
        JobStatus status = JobStatus.COMPLETED;
        ExportId zip = null;
        String error = null;
        if (done.isEmpty()) {
            status = JobStatus.FAILED;
            error = "No item could be exported";
        } else if (job.createZip()) {
            try {
                zip = storePackage(job, done);
                if (zip == null) {
                    status = JobStatus.FAILED;
                    error = "The item files were deleted before they could be packaged";
                }
            } catch (StorageUnavailableException e) {
                throw e;
            } catch (ExportException e) {
                status = JobStatus.FAILED;
                error = "The ZIP package could not be stored: " + e.getMessage();
            }
        }
        if (job.webhookUrl() != null) {
            scheduler.enqueueWebhook(job.id());
        }
        Instant now = clock.instant();
        if (jobs.finish(job.id(), status, zip, error, now)) {
            metrics.jobFinished(status, Duration.between(job.createdAt(), now), job.items().size());
            return status;
        }
        return jobs.statusOf(job.id()).orElse(status);
    }

    private ExportId storePackage(ExportJob job, List<JobItem> done) {
        ExportId zipId = job.id().packageExportId();
        if (exports.findByIdAndUser(zipId, job.userId()).isPresent()) {
            return zipId;
        }
        List<ExportedFile> files = new ArrayList<>();
        for (JobItem item : done) {
            // An item export its owner deleted meanwhile is left out of the package.
            Optional<Export> export = exports.findByIdAndUser(item.exportId(), job.userId());
            Optional<StoredObject> object = export.flatMap(e -> objectStore.get(e.objectKey()));
            object.ifPresent(o -> files.add(new ExportedFile(export.get(), o.readAllBytes())));
        }
        if (files.isEmpty()) {
            return null;
        }
        try {
            exportBatch.storePackage(job.userId(), job.tier(), zipId, new ExportId(job.id().value()), files, null,
                    clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        } catch (RuntimeException e) {
            if (exports.findByIdAndUser(zipId, job.userId()).isEmpty()) {
                throw e;
            }
        }
        return zipId;
    }
}
