package com.jobwise.export.domain.port;

import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportFormat;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IExportRepository} honours. Subclass once per backend and implement
 * {@link #createRepository()}. Tests use fresh user ids, so they share a database safely.
 */
public abstract class IExportRepositoryContract {
    protected IExportRepository repository;

    /** A repository over an empty or shared store. */
    protected abstract IExportRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    @Test
    void savedExportIsFoundByItsOwnerWithEveryField() {
        UserId user = TestData.newUser();
        Export export = TestData.export(user).metadata(Map.of("ats_score", 88.5, "note", "ünïcödé €")).build();
        repository.save(export);

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
        repository.save(export);

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
        List.of(oldPdf, docx, letter).forEach(repository::save);

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
        repository.save(kept);
        repository.save(gone);

        assertThat(repository.delete(gone.id(), user)).isTrue();
        assertThat(repository.delete(gone.id(), user)).isFalse();
        assertThat(repository.findByIdAndUser(gone.id(), user)).isEmpty();
        assertThat(repository.findByIdAndUser(kept.id(), user)).isPresent();
    }

    @Test
    void downloadCountIncrements() {
        UserId user = TestData.newUser();
        Export export = TestData.export(user).build();
        repository.save(export);

        assertThat(repository.incrementDownloadCount(export.id(), user)).isTrue();
        assertThat(repository.incrementDownloadCount(export.id(), user)).isTrue();
        assertThat(repository.findByIdAndUser(export.id(), user).orElseThrow().downloadCount()).isEqualTo(2);
    }

    @Test
    void totalSizeCountsOnlyLiveExportsOfTheUser() {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        repository.save(TestData.export(user).size(1000).build());
        repository.save(TestData.export(user).size(500).build());
        repository.save(TestData.export(user).size(7000).createdAt(now.minus(Duration.ofDays(40)))
                .expiresAt(now.minus(Duration.ofDays(10))).build());
        repository.save(TestData.export(TestData.newUser()).size(9999).build());

        assertThat(repository.totalSizeBytes(user, now)).isEqualTo(1500);
        assertThat(repository.totalSizeBytes(TestData.newUser(), now)).isZero();
    }

    @Test
    void expiredExportsAreFoundAndDeletedInBulk() {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        Export expired = TestData.export(user).createdAt(now.minus(Duration.ofDays(31)))
                .expiresAt(now.minus(Duration.ofDays(1))).build();
        Export live = TestData.export(user).build();
        repository.save(expired);
        repository.save(live);

        List<Export> found = repository.findExpired(now, 1000);
        assertThat(found).extracting(Export::id).contains(expired.id()).doesNotContain(live.id());

        assertThat(repository.deleteAll(List.of(expired.id()))).isEqualTo(1);
        assertThat(repository.findByIdAndUser(expired.id(), user)).isEmpty();
        assertThat(repository.findByIdAndUser(live.id(), user)).isPresent();
    }
}
