package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.JobItem;
import com.jobwise.export.domain.job.JobProgress;
import com.jobwise.export.domain.job.JobStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a job, one shape for {@code GET /api/v1/exports/jobs/{id}} and the webhook body (snake_case,
 * timestamps ISO-8601 UTC, absent values {@code null}):
 * <pre>
 * {job_id, status, format, template, create_zip, webhook_url, filters,
 *  progress {total, done, failed, skipped},
 *  items [{index, generation_id, status, export_id, error}],
 *  result_export_id, download_url, error, created_at, started_at, finished_at, expires_at}
 * </pre>
 * {@code download_url} is the job's download route once it is completed, else {@code null}.
 */
public final class JobDocument {
    /** The routes' prefix. */
    public static final String JOBS_PATH = "/api/v1/exports/jobs";

    private JobDocument() {
    }

    /** The job as a JSON tree of plain values (keys in the order above). */
    public static Map<String, Object> toMap(ExportJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_id", job.id().toString());
        m.put("status", job.status().wireName());
        m.put("format", job.format().wireName());
        m.put("template", job.template());
        m.put("create_zip", job.createZip());
        m.put("webhook_url", job.webhookUrl());
        m.put("filters", job.filters());
        JobProgress p = job.progress();
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("total", p.total());
        progress.put("done", p.done());
        progress.put("failed", p.failed());
        progress.put("skipped", p.skipped());
        m.put("progress", progress);
        List<Object> items = new ArrayList<>();
        for (JobItem item : job.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("index", item.index());
            i.put("generation_id", item.generationId());
            i.put("status", item.status().wireName());
            i.put("export_id", item.exportId() == null ? null : item.exportId().toString());
            i.put("error", item.error());
            items.add(i);
        }
        m.put("items", items);
        m.put("result_export_id", job.resultExportId() == null ? null : job.resultExportId().toString());
        m.put("download_url", job.status() == JobStatus.COMPLETED ? JOBS_PATH + "/" + job.id() + "/download" : null);
        m.put("error", job.error());
        m.put("created_at", text(job.createdAt()));
        m.put("started_at", text(job.startedAt()));
        m.put("finished_at", text(job.finishedAt()));
        m.put("expires_at", text(job.expiresAt()));
        return m;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
