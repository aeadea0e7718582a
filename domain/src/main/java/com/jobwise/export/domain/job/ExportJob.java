package com.jobwise.export.domain.job;

import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An asynchronous export of up to {@link #MAX_ITEMS} generations (rows of {@code export_jobs} and
 * {@code export_job_items}, migration V8). Each item becomes one export of {@code format}, exactly as a
 * synchronous export would; with {@code createZip} the successful files are packaged in one ZIP export.
 *
 * @param template        template id, {@code null} for the default
 * @param options         the request's {@code options} as a JSON tree, applied to every item
 * @param webhookUrl      where the finished job is POSTed, {@code null} for none
 * @param filters         the bulk filters that chose the items ({@code date_from}, {@code date_to},
 *                        {@code document_types}), {@code null} for a job of explicit ids
 * @param resultExportId  the ZIP export once stored, else {@code null}
 * @param error           why the whole job failed, else {@code null}
 * @param expiresAt       when the job and its rows are purged (created + the exports' retention)
 */
public record ExportJob(
        JobId id,
        UserId userId,
        Tier tier,
        ExportFormat format,
        String template,
        Map<String, Object> options,
        boolean createZip,
        String webhookUrl,
        Map<String, Object> filters,
        JobStatus status,
        List<JobItem> items,
        ExportId resultExportId,
        String error,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant expiresAt) {

    /** Most items one job may hold (issue 12). */
    public static final int MAX_ITEMS = 100;

    public ExportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        tier = tier == null ? Tier.FREE : tier;
        options = options == null ? Map.of() : options;
        items = List.copyOf(items);
    }

    /** Counts of the items by state. */
    public JobProgress progress() {
        int done = 0;
        int failed = 0;
        int skipped = 0;
        for (JobItem item : items) {
            switch (item.status()) {
                case COMPLETED -> done++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
                case PENDING -> { }
            }
        }
        return new JobProgress(items.size(), done, failed, skipped);
    }

    /** A copy in another state. */
    public ExportJob withStatus(JobStatus newStatus) {
        return new ExportJob(id, userId, tier, format, template, options, createZip, webhookUrl, filters, newStatus,
                items, resultExportId, error, createdAt, startedAt, finishedAt, expiresAt);
    }
}
