package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.job.JobItem;
import com.jobwise.export.domain.job.JobPage;
import com.jobwise.export.domain.job.JobStatus;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IExportJobRepository} on {@code export_jobs} and {@code export_job_items} (migration V8). Every state
 * change is one conditional {@code UPDATE} ({@code WHERE status = ...}), so a worker and a cancel, or two
 * instances, never move a finished job or item again; the cancel and the insert of a job with its items each run
 * in one transaction.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link IllegalStateException} for a duplicate id.
 */
@Singleton
@Requires(property = "datasources.default.url")
@TranslateSqlErrors
public class JdbcExportJobRepository implements IExportJobRepository {
    private final JobRows jobs;
    private final JobItemRows items;

    JdbcExportJobRepository(JobRows jobs, JobItemRows items) {
        this.jobs = jobs;
        this.items = items;
    }

    @Override
    @Transactional
    public void save(ExportJob job) {
        jobs.save(JobRows.Row.of(job));
        items.saveAll(job.items().stream().map(item -> JobItemRows.Row.of(job.id(), item)).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExportJob> findById(JobId id) {
        return jobs.findById(id.toString()).map(this::withItems);
    }

    @Override
    public Optional<JobStatus> statusOf(JobId id) {
        return jobs.findStatus(id.toString()).flatMap(JobStatus::fromWireName);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExportJob> findByIdAndUser(JobId id, UserId userId) {
        return jobs.findByIdAndUserId(id.toString(), userId.value()).map(this::withItems);
    }

    /** Newest first; the page, its items and the COUNT in one read-only transaction. */
    @Override
    @Transactional(readOnly = true)
    public JobPage findByUser(UserId userId, JobStatus status, int limit, int offset) {
        String wire = status == null ? null : status.wireName();
        long total = jobs.countPage(userId.value(), wire);
        if (total <= offset) {
            return new JobPage(List.of(), total);
        }
        List<JobRows.Row> page = jobs.findPage(userId.value(), wire, limit, offset);
        Map<String, List<JobItem>> byJob = new LinkedHashMap<>();
        page.forEach(row -> byJob.put(row.id(), new ArrayList<>()));
        if (!page.isEmpty()) {
            items.findByJobs(byJob.keySet().toArray(String[]::new))
                    .forEach(item -> byJob.get(item.jobId()).add(item.toItem()));
        }
        return new JobPage(page.stream().map(row -> row.toJob(byJob.get(row.id()))).toList(), total);
    }

    @Override
    public boolean markRunning(JobId id, Instant startedAt) {
        return jobs.markRunning(id.toString(), startedAt) > 0;
    }

    @Override
    public boolean completeItem(JobId id, int index, ExportId exportId) {
        return items.complete(JobItemRows.key(id, index), exportId.toString()) > 0;
    }

    @Override
    public boolean failItem(JobId id, int index, String error) {
        return items.fail(JobItemRows.key(id, index), truncate(error)) > 0;
    }

    @Override
    public boolean finish(JobId id, JobStatus status, ExportId resultExportId, String error, Instant finishedAt) {
        if (status != JobStatus.COMPLETED && status != JobStatus.FAILED) {
            throw new IllegalArgumentException("a job finishes completed or failed, not " + status);
        }
        return jobs.finish(id.toString(), status.wireName(), resultExportId == null ? null : resultExportId.toString(),
                truncate(error), finishedAt) > 0;
    }

    @Override
    @Transactional
    public boolean cancel(JobId id, UserId userId, Instant finishedAt) {
        if (jobs.cancel(id.toString(), userId.value(), finishedAt) == 0) {
            return false;
        }
        items.skipPending(id.toString());
        return true;
    }

    @Override
    public long countUnfinished() {
        return jobs.countUnfinished();
    }

    @Override
    @Transactional
    public int purgeExpired(Instant now, int limit) {
        List<String> ids = jobs.findExpired(now, limit);
        return ids.isEmpty() ? 0 : jobs.deleteAll(ids.toArray(String[]::new));
    }

    private ExportJob withItems(JobRows.Row row) {
        return row.toJob(items.findByJob(row.id()).stream().map(JobItemRows.Row::toItem).toList());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1024 ? text : text.substring(0, 1021) + "...";
    }
}
