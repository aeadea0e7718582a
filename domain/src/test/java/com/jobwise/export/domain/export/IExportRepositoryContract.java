package com.jobwise.export.domain.export;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.account.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract every {@link IExportRepository} honours. Subclass once per backend and implement
 * {@link #createRepository()}. Tests use fresh user ids, so they share a database safely.
 */
public abstract class IExportRepositoryContract {
    protected IExportRepository repository;

    /** A repository over an empty or shared store. */
    protected abstract IExportRepository createRepository();

    /**
     * Called before an export of generation {@code generationId} is saved: backends whose
     * {@code exports.generation_id} references {@code generations} insert the parent here.
     */
    protected void givenGeneration(GenerationId generationId, UserId owner) {
    }

    /** Saves {@code export} after creating its parent generation. */
    protected void save(Export export) {
        givenGeneration(export.generationId(), export.userId());
        repository.save(export);
    }

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    @Test
    void savedExportIsFoundByItsOwnerWithEveryField() {
        UserId user = TestData.newUser();
        Export export = TestData.export(user).metadata(Map.of("ats_score", 88.5, "note", "ünïcödé €")).build();
        save(export);

        Export found = repository.findByIdAndUser(export.id(), user).orElseThrow();
        assertThat(found.id()).isEqualTo(export.id());
        assertThat(found.userId()).isEqualTo(user);
        assertThat(found.generationId()).isEqualTo(export.generationId());
        assertThat(found.documentType()).isEqualTo(export.documentType());
        assertThat(found.format()).isEqualTo(export.format());
        assertThat(found.template()).isEqualTo(export.template());
        assertThat(found.filename()).isEqualTo(export.filename());
        assertThat(found.objectKey()).isEqualTo(export.objectKey());
        assertThat(found.fileSizeBytes()).isEqualTo(export.fileSizeBytes());
        assertThat(found.pageCount()).isEqualTo(export.pageCount());
        assertThat(found.options()).containsEntry("font_size", 11);
        assertThat(found.metadata()).containsEntry("note", "ünïcödé €");
        assertThat(((Number) found.metadata().get("ats_score")).doubleValue()).isEqualTo(88.5);
        assertThat(found.downloadCount()).isZero();
        assertThat(found.expiresAt()).isEqualTo(export.expiresAt());
        assertThat(found.createdAt()).isEqualTo(export.createdAt());
    }

    @Test
    void anotherUsersExportIsInvisible() {
        UserId owner = TestData.newUser();
        UserId stranger = TestData.newUser();
        Export export = TestData.export(owner).build();
        save(export);

        assertThat(repository.findByIdAndUser(export.id(), stranger)).isEmpty();
        assertThat(repository.findByUser(stranger, new ExportQuery(null, null, null, 100, 0)).total()).isZero();
        assertThat(repository.delete(export.id(), stranger)).isFalse();
        assertThat(repository.incrementDownloadCount(export.id(), stranger)).isFalse();
        assertThat(repository.findByIdAndUser(export.id(), owner)).isPresent();
    }

    @Test
    void unknownIdIsEmpty() {
        assertThat(repository.findByIdAndUser(ExportId.newId(), TestData.newUser())).isEmpty();
    }

    @Test
    void listIsNewestFirstFilteredAndPaged() {
        UserId user = TestData.newUser();
        Instant base = TestData.now().minus(Duration.ofHours(1));
        Export oldPdf = TestData.export(user).createdAt(base).build();
        Export docx = TestData.export(user).format(ExportFormat.DOCX).template("classic")
                .createdAt(base.plusSeconds(10)).build();
        Export letter = TestData.export(user).documentType(DocumentType.COVER_LETTER)
                .createdAt(base.plusSeconds(20)).build();
        List.of(oldPdf, docx, letter).forEach(this::save);

        ExportPage all = repository.findByUser(user, new ExportQuery(null, null, null, 20, 0));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(Export::id).containsExactly(letter.id(), docx.id(), oldPdf.id());

        assertThat(repository.findByUser(user, new ExportQuery(ExportFormat.PDF, null, null, 20, 0)).items())
                .extracting(Export::id).containsExactly(letter.id(), oldPdf.id());
        assertThat(repository.findByUser(user, new ExportQuery(null, DocumentType.COVER_LETTER, null, 20, 0))
                .items()).extracting(Export::id).containsExactly(letter.id());
        assertThat(repository.findByUser(user, new ExportQuery(null, null, "classic", 20, 0)).items())
                .extracting(Export::id).containsExactly(docx.id());

        ExportPage second = repository.findByUser(user, new ExportQuery(null, null, null, 1, 1));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(Export::id).containsExactly(docx.id());
    }

    @Test
    void deleteRemovesOnlyThatRow() {
        UserId user = TestData.newUser();
        Export kept = TestData.export(user).build();
        Export gone = TestData.export(user).build();
        save(kept);
        save(gone);

        assertThat(repository.delete(gone.id(), user)).isTrue();
        assertThat(repository.delete(gone.id(), user)).isFalse();
        assertThat(repository.findByIdAndUser(gone.id(), user)).isEmpty();
        assertThat(repository.findByIdAndUser(kept.id(), user)).isPresent();
    }

    @Test
    void downloadCountIncrements() {
        UserId user = TestData.newUser();
        Export export = TestData.export(user).build();
        save(export);

        assertThat(repository.incrementDownloadCount(export.id(), user)).isTrue();
        assertThat(repository.incrementDownloadCount(export.id(), user)).isTrue();
        assertThat(repository.findByIdAndUser(export.id(), user).orElseThrow().downloadCount()).isEqualTo(2);
    }

    @Test
    void totalSizeCountsOnlyLiveExportsOfTheUser() {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        save(TestData.export(user).size(1000).build());
        save(TestData.export(user).size(500).build());
        save(TestData.export(user).size(7000).createdAt(now.minus(Duration.ofDays(40)))
                .expiresAt(now.minus(Duration.ofDays(10))).build());
        save(TestData.export(TestData.newUser()).size(9999).build());

        assertThat(repository.totalSizeBytes(user, now)).isEqualTo(1500);
        assertThat(repository.totalSizeBytes(TestData.newUser(), now)).isZero();
    }

    @Test
    void purgeHandsExpiredRowsToTheCallbackThenDeletesThem() {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        Export expired = TestData.export(user).createdAt(now.minus(Duration.ofDays(31)))
                .expiresAt(now.minus(Duration.ofDays(1))).build();
        Export live = TestData.export(user).build();
        save(expired);
        save(live);

        List<Export> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
        int purged = 0;
        int batch;
        while ((batch = repository.purgeExpired(now, 1000, handed::addAll)) > 0) {
            purged += batch;
        }

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(handed).extracting(Export::id).contains(expired.id()).doesNotContain(live.id());
        assertThat(handed.stream().filter(e -> e.id().equals(expired.id())).findFirst().orElseThrow().objectKey())
                .isEqualTo(expired.objectKey());
        assertThat(repository.findByIdAndUser(expired.id(), user)).isEmpty();
        assertThat(repository.findByIdAndUser(live.id(), user)).isPresent();
    }

    @Test
    void whenTheCallbackFailsTheRowsStay() {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        Export expired = TestData.export(user).createdAt(now.minus(Duration.ofDays(31)))
                .expiresAt(now.minus(Duration.ofDays(1))).build();
        save(expired);

        assertThatThrownBy(() -> repository.purgeExpired(now, 1000, batch -> {
            if (batch.stream().anyMatch(e -> e.id().equals(expired.id()))) {
                throw new IllegalStateException("S3 is down");
            }
        })).isInstanceOf(IllegalStateException.class);

        assertThat(repository.findByIdAndUser(expired.id(), user)).isPresent();
    }

    @Test
    void concurrentPurgesNeverGetTheSameRow() throws Exception {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        List<ExportId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Export e = TestData.export(user).createdAt(now.minus(Duration.ofDays(31)))
                    .expiresAt(now.minus(Duration.ofDays(1))).build();
            save(e);
            ids.add(e.id());
        }
        List<ExportId> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    int total = 0;
                    int n;
                    while ((n = repository.purgeExpired(now, 5, batch -> {
                        batch.forEach(e -> handed.add(e.id()));
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                        }
                    })) > 0) {
                        total += n;
                    }
                    return total;
                }));
            }
            for (java.util.concurrent.Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<ExportId> mine = handed.stream().filter(ids::contains).toList();
        assertThat(mine).containsExactlyInAnyOrderElementsOf(ids);
        ids.forEach(id -> assertThat(repository.findByIdAndUser(id, user)).isEmpty());
    }

    @Test
    void existingObjectKeysAreReported() {
        UserId user = TestData.newUser();
        Export export = TestData.export(user).build();
        save(export);

        assertThat(repository.findExistingObjectKeys(List.of(export.objectKey(), "exports/" + user + "/nope.pdf")))
                .containsExactly(export.objectKey());
        assertThat(repository.findExistingObjectKeys(List.of())).isEmpty();
    }

    @Test
    void quotaRefusesWhatWouldGoOverTheLimit() {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        Export first = TestData.export(user).size(600).build();
        Export second = TestData.export(user).size(500).build();
        givenGeneration(first.generationId(), user);
        givenGeneration(second.generationId(), user);

        repository.saveWithinQuota(first, 1000, now);
        assertThatThrownBy(() -> repository.saveWithinQuota(second, 1000, now))
                .isInstanceOfSatisfying(com.jobwise.export.domain.error.QuotaExceededException.class, e -> {
                    assertThat(e.usedBytes()).isEqualTo(600);
                    assertThat(e.limitBytes()).isEqualTo(1000);
                });
        assertThat(repository.findByIdAndUser(second.id(), user)).isEmpty();
        assertThat(repository.totalSizeBytes(user, now)).isEqualTo(600);
    }

    @Test
    void concurrentSavesAtTheQuotaEdgeNeverGoOver() throws Exception {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        List<Export> exports = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Export e = TestData.export(user).size(100).build();
            givenGeneration(e.generationId(), user);
            exports.add(e);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (Export e : exports) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        repository.saveWithinQuota(e, 1050, now);
                        accepted.incrementAndGet();
                    } catch (com.jobwise.export.domain.error.QuotaExceededException q) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(accepted.get()).isEqualTo(10);
        assertThat(refused.get()).isEqualTo(40);
        assertThat(repository.totalSizeBytes(user, now)).isEqualTo(1000);
    }
}
