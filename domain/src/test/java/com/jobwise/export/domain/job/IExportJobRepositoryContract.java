package com.jobwise.export.domain.job;

import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract every {@link IExportJobRepository} honours; subclass once per backend. */
public abstract class IExportJobRepositoryContract {
    protected IExportJobRepository repository;

    protected abstract IExportJobRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    /** A queued job of {@code items} generations, created at {@code createdAt}, expiring a day later. */
    public static ExportJob job(UserId user, int items, Instant createdAt) {
        List<JobItem> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(JobItem.pending(i, "gen-" + i));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("font_size", 11);
        return new ExportJob(JobId.newId(), user, Tier.PRO, ExportFormat.DOCX, "classic", options, true,
                "https://hooks.example.com/x", Map.of("date_from", "2026-01-01", "document_types", List.of("resume")),
                JobStatus.QUEUED, list, null, null, createdAt, null, null, createdAt.plus(Duration.ofDays(1)));
    }

    @Test
    void savedJobComesBackWholeForItsOwnerAndTheWorkerOnly() {
        UserId owner = TestData.newUser();
        ExportJob job = job(owner, 3, TestData.now());
        repository.save(job);

        assertThat(repository.findByIdAndUser(job.id(), owner)).contains(job);
        assertThat(repository.findById(job.id())).contains(job);
        assertThat(repository.findByIdAndUser(job.id(), TestData.newUser())).isEmpty();
        assertThat(repository.findById(JobId.newId())).isEmpty();
        assertThat(repository.statusOf(job.id())).contains(JobStatus.QUEUED);
        assertThat(job.progress()).isEqualTo(new JobProgress(3, 0, 0, 0));
    }

    @Test
    void itemsMoveFromPendingOnceAndTheProgressCountsThem() {
        UserId owner = TestData.newUser();
        ExportJob job = job(owner, 3, TestData.now());
        repository.save(job);
        Instant started = TestData.now();

        assertThat(repository.markRunning(job.id(), started)).isTrue();
        assertThat(repository.markRunning(job.id(), started)).isFalse();
        ExportId exportId = job.id().itemExportId(0);
        assertThat(repository.completeItem(job.id(), 0, exportId)).isTrue();
        assertThat(repository.completeItem(job.id(), 0, exportId)).isFalse();
        assertThat(repository.failItem(job.id(), 0, "late")).isFalse();
        assertThat(repository.failItem(job.id(), 1, "Generation not found")).isTrue();

        ExportJob read = repository.findById(job.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(read.startedAt()).isEqualTo(started);
        assertThat(read.items()).containsExactly(
                new JobItem(0, "gen-0", JobItemStatus.COMPLETED, exportId, null),
                new JobItem(1, "gen-1", JobItemStatus.FAILED, null, "Generation not found"),
                JobItem.pending(2, "gen-2"));
        assertThat(read.progress()).isEqualTo(new JobProgress(3, 1, 1, 0));
    }

    @Test
    void finishHappensOnceAndNeverAfterACancel() {
        UserId owner = TestData.newUser();
        ExportJob done = job(owner, 1, TestData.now());
        ExportJob cancelled = job(owner, 2, TestData.now());
        repository.save(done);
        repository.save(cancelled);
        Instant at = TestData.now();
        ExportId zip = done.id().packageExportId();

        assertThat(repository.finish(done.id(), JobStatus.COMPLETED, zip, null, at)).isTrue();
        assertThat(repository.finish(done.id(), JobStatus.FAILED, null, "again", at)).isFalse();
        assertThat(repository.cancel(done.id(), owner, at)).isFalse();
        ExportJob read = repository.findById(done.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(read.resultExportId()).isEqualTo(zip);
        assertThat(read.finishedAt()).isEqualTo(at);

        repository.completeItem(cancelled.id(), 0, cancelled.id().itemExportId(0));
        assertThat(repository.cancel(cancelled.id(), TestData.newUser(), at)).isFalse();
        assertThat(repository.cancel(cancelled.id(), owner, at)).isTrue();
        assertThat(repository.finish(cancelled.id(), JobStatus.COMPLETED, null, null, at)).isFalse();
        assertThat(repository.failItem(cancelled.id(), 1, "late")).isFalse();
        ExportJob after = repository.findByIdAndUser(cancelled.id(), owner).orElseThrow();
        assertThat(after.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(after.progress()).isEqualTo(new JobProgress(2, 1, 0, 1));
        // The item in flight when the job was cancelled still finishes, and its export is recorded.
        assertThat(repository.completeItem(cancelled.id(), 1, cancelled.id().itemExportId(1))).isTrue();
        assertThat(repository.findById(cancelled.id()).orElseThrow().progress()).isEqualTo(new JobProgress(2, 2, 0, 0));
    }

    @Test
    void listIsTheOwnersNewestFirstFilteredAndPaged() {
        UserId owner = TestData.newUser();
        Instant t = TestData.now();
        ExportJob oldest = job(owner, 1, t.minusSeconds(30));
        ExportJob middle = job(owner, 2, t.minusSeconds(20));
        ExportJob newest = job(owner, 1, t.minusSeconds(10));
        repository.save(oldest);
        repository.save(middle);
        repository.save(newest);
        repository.save(job(TestData.newUser(), 1, t));
        repository.cancel(middle.id(), owner, t);

        JobPage all = repository.findByUser(owner, null, 2, 0);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(ExportJob::id).containsExactly(newest.id(), middle.id());
        assertThat(all.items().get(1).items()).hasSize(2);
        assertThat(repository.findByUser(owner, null, 2, 2).items()).extracting(ExportJob::id)
                .containsExactly(oldest.id());
        JobPage cancelled = repository.findByUser(owner, JobStatus.CANCELLED, 10, 0);
        assertThat(cancelled.total()).isEqualTo(1);
        assertThat(cancelled.items()).extracting(ExportJob::id).containsExactly(middle.id());
        assertThat(repository.findByUser(owner, JobStatus.QUEUED, 10, 5).items()).isEmpty();
    }

    @Test
    void purgeDeletesOnlyExpiredFinishedJobs() {
        UserId owner = TestData.newUser();
        Instant t = TestData.now();
        ExportJob expiredDone = job(owner, 2, t.minus(Duration.ofDays(2)));
        ExportJob expiredRunning = job(owner, 1, t.minus(Duration.ofDays(2)));
        ExportJob liveDone = job(owner, 1, t);
        repository.save(expiredDone);
        repository.save(expiredRunning);
        repository.save(liveDone);
        repository.finish(expiredDone.id(), JobStatus.FAILED, null, "No item could be exported", t);
        repository.finish(liveDone.id(), JobStatus.COMPLETED, null, null, t);
        long unfinishedBefore = repository.countUnfinished();

        int purged = 0;
        for (int n; (n = repository.purgeExpired(t, 100)) > 0; ) {
            purged += n;
        }

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(repository.findById(expiredDone.id())).isEmpty();
        assertThat(repository.findById(expiredRunning.id())).isPresent();
        assertThat(repository.findById(liveDone.id())).isPresent();
        assertThat(repository.countUnfinished()).isEqualTo(unfinishedBefore);
    }
}
