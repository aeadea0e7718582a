package com.jobwise.export.application.job;

import com.jobwise.export.application.export.DownloadExport;
import com.jobwise.export.application.export.ExportDownload;
import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.JobItem;
import com.jobwise.export.domain.job.JobItemStatus;
import com.jobwise.export.domain.job.JobStatus;
import com.jobwise.export.domain.account.UserId;

import java.util.List;

/**
 * The file of a completed job ({@code GET /api/v1/exports/jobs/{id}/download}): its ZIP package, or, for a job
 * without ZIP that produced exactly one file, that file. Opened through {@link DownloadExport}, so ownership,
 * expiry and the download count work as for any export.
 *
 * <p>Errors: {@code ExportNotFoundException} (404), {@code ExportExpiredException} (410),
 * {@code StorageUnavailableException} (503); a job with no file to give is a {@link NotReady} result (409).
 */
public final class DownloadJobResult {
    private final GetExportJob getJob;
    private final DownloadExport download;

    public DownloadJobResult(GetExportJob getJob, DownloadExport download) {
        this.getJob = getJob;
        this.download = download;
    }

    /** What the route answers. */
    public sealed interface Result permits Ready, NotReady {
    }

    /** The file, opened; the caller streams and closes it. */
    public record Ready(ExportDownload download) implements Result {
    }

    /** No file to give (yet): {@code detail} says why. */
    public record NotReady(ExportJob job, String detail) implements Result {
    }

    public Result execute(UserId userId, String jobId) {
        ExportJob job = getJob.execute(userId, jobId);
        if (job.status() == JobStatus.QUEUED || job.status() == JobStatus.RUNNING) {
            return new NotReady(job, "Export job is " + job.status().wireName() + "; download it once completed");
        }
        if (job.resultExportId() != null) {
            return new Ready(download.execute(userId, job.resultExportId().toString()));
        }
        List<JobItem> done = job.items().stream().filter(i -> i.status() == JobItemStatus.COMPLETED).toList();
        if (done.size() == 1) {
            return new Ready(download.execute(userId, done.getFirst().exportId().toString()));
        }
        if (done.isEmpty()) {
            return new NotReady(job, "Export job is " + job.status().wireName() + " and produced no file");
        }
        return new NotReady(job, "Export job produced " + done.size()
                + " files and no ZIP; download each by its export_id from /api/v1/exports/files/{export_id}/download");
    }
}
