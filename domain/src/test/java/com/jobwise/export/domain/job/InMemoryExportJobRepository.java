package com.jobwise.export.domain.job;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link IExportJobRepository} in memory, every method synchronized (one lock stands for the database's). */
public class InMemoryExportJobRepository implements IExportJobRepository {
    private final Map<JobId, ExportJob> jobs = new LinkedHashMap<>();

    @Override
    public synchronized void save(ExportJob job) {
        if (jobs.putIfAbsent(job.id(), job) != null) {
            throw new IllegalStateException("duplicate job id " + job.id());
        }
    }

    @Override
    public synchronized Optional<ExportJob> findById(JobId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized Optional<JobStatus> statusOf(JobId id) {
        return findById(id).map(ExportJob::status);
    }

    @Override
    public synchronized Optional<ExportJob> findByIdAndUser(JobId id, UserId userId) {
        return findById(id).filter(j -> j.userId().equals(userId));
    }

    @Override
    public synchronized JobPage findByUser(UserId userId, JobStatus status, int limit, int offset) {
        List<ExportJob> matching = jobs.values().stream()
                .filter(j -> j.userId().equals(userId) && (status == null || j.status() == status))
                .sorted(Comparator.comparing(ExportJob::createdAt).reversed()
                        .thenComparing(j -> j.id().toString()))
                .toList();
        return new JobPage(matching.stream().skip(offset).limit(limit).toList(), matching.size());
    }

    @Override
    public synchronized boolean markRunning(JobId id, Instant startedAt) {
        ExportJob job = jobs.get(id);
        if (job == null || job.status() != JobStatus.QUEUED) {
            return false;
        }
        jobs.put(id, copy(job, JobStatus.RUNNING, job.items(), null, null, startedAt, null));
        return true;
    }

    @Override
    public synchronized boolean completeItem(JobId id, int index, ExportId exportId) {
        return setItem(id, index, new JobItemFields(JobItemStatus.COMPLETED, exportId, null), JobItemStatus.PENDING,
                JobItemStatus.SKIPPED);
    }

    @Override
    public synchronized boolean failItem(JobId id, int index, String error) {
        return setItem(id, index, new JobItemFields(JobItemStatus.FAILED, null, error), JobItemStatus.PENDING);
    }

    private record JobItemFields(JobItemStatus status, ExportId exportId, String error) {
    }

    private boolean setItem(JobId id, int index, JobItemFields fields, JobItemStatus... from) {
        ExportJob job = jobs.get(id);
        if (job == null || index < 0 || index >= job.items().size()
                || !java.util.List.of(from).contains(job.items().get(index).status())) {
            return false;
        }
        List<JobItem> items = new ArrayList<>(job.items());
        JobItem old = items.get(index);
        items.set(index, new JobItem(index, old.generationId(), fields.status(), fields.exportId(), fields.error()));
        jobs.put(id, copy(job, job.status(), items, job.resultExportId(), job.error(), job.startedAt(),
                job.finishedAt()));
        return true;
    }

    @Override
    public synchronized boolean finish(JobId id, JobStatus status, ExportId resultExportId, String error,
                                       Instant finishedAt) {
        if (status != JobStatus.COMPLETED && status != JobStatus.FAILED) {
            throw new IllegalArgumentException("a job finishes completed or failed, not " + status);
        }
        ExportJob job = jobs.get(id);
        if (job == null || job.status().isFinished()) {
            return false;
        }
        jobs.put(id, copy(job, status, job.items(), resultExportId, error, job.startedAt(), finishedAt));
        return true;
    }

    @Override
    public synchronized boolean cancel(JobId id, UserId userId, Instant finishedAt) {
        ExportJob job = jobs.get(id);
        if (job == null || !job.userId().equals(userId) || job.status().isFinished()) {
            return false;
        }
        List<JobItem> items = job.items().stream().map(i -> i.status() == JobItemStatus.PENDING
                ? new JobItem(i.index(), i.generationId(), JobItemStatus.SKIPPED, null, null) : i).toList();
        jobs.put(id, copy(job, JobStatus.CANCELLED, items, job.resultExportId(), job.error(), job.startedAt(),
                finishedAt));
        return true;
    }

    @Override
    public synchronized long countUnfinished() {
        return jobs.values().stream().filter(j -> !j.status().isFinished()).count();
    }

    @Override
    public synchronized int purgeExpired(Instant now, int limit) {
        List<JobId> expired = jobs.values().stream()
                .filter(j -> j.status().isFinished() && !j.expiresAt().isAfter(now))
                .limit(limit).map(ExportJob::id).toList();
        expired.forEach(jobs::remove);
        return expired.size();
    }

    private static ExportJob copy(ExportJob j, JobStatus status, List<JobItem> items, ExportId result, String error,
                                  Instant startedAt, Instant finishedAt) {
        return new ExportJob(j.id(), j.userId(), j.tier(), j.format(), j.template(), j.options(), j.createZip(),
                j.webhookUrl(), j.filters(), status, items, result, error, j.createdAt(), startedAt, finishedAt,
                j.expiresAt());
    }
}
