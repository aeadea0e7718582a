package com.jobwise.export.application.export;

import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.preview.Preview;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.content.InMemoryGenerationRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.preview.InMemoryPreviewRepository;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Batch packages and the cleanup job over the in-memory fakes, with a controllable clock. */
class BatchAndCleanupTest {
    final ExportUseCasesTest.MutableClock clock = new ExportUseCasesTest.MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
    final InMemoryGenerationRepository generations = new InMemoryGenerationRepository();
    final InMemoryObjectStore store = new InMemoryObjectStore();
    final InMemoryExportRepository exports = new InMemoryExportRepository();
    final InMemoryPreviewRepository previews = new InMemoryPreviewRepository();
    final UserId user = TestData.newUser();
    ExportDocument exportDocument;
    ExportBatch batch;
    Generation resume;
    Generation other;

    @BeforeEach
    void setUp() {
        resume = TestData.generation(user);
        other = TestData.generation(user);
        generations.save(resume);
        generations.save(other);
        exportDocument = new ExportDocument(generations, List.of(new ExportUseCasesTest.EchoRenderer()), store, exports,
                clock, Duration.ofDays(30), StorageQuota.SPEC_DEFAULT);
        batch = new ExportBatch(exportDocument, clock, Duration.ofDays(30));
    }

    @Test
    void aJsonResumeItemIsPackagedBesideAPdf() {
        IDocumentRenderer jsonResume = new IDocumentRenderer() {
            @Override
            public ExportFormat format() {
                return ExportFormat.JSON_RESUME;
            }

            @Override
            public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
                return new RenderedDocument("{}".getBytes(StandardCharsets.UTF_8), null, Map.of());
            }
        };
        ExportDocument both = new ExportDocument(generations, List.of(new ExportUseCasesTest.EchoRenderer(), jsonResume),
                store, exports, clock, Duration.ofDays(30), StorageQuota.SPEC_DEFAULT);

        BatchResult result = new ExportBatch(both, clock, Duration.ofDays(30)).execute(new ExportBatchCommand(user,
                Tier.FREE, List.of(new BatchItem(resume.id().value(), "pdf", "modern", null, null),
                new BatchItem(resume.id().value(), "json-resume", "modern", null, null)), true, null));

        assertThat(result.failed()).isZero();
        assertThat(result.items().get(1).export().format()).isEqualTo(ExportFormat.JSON_RESUME);
        assertThat(result.items().get(1).export().filename()).endsWith(".json");
        assertThat(result.zip().metadata()).containsEntry("file_count", 2);
    }

    @Test
    void oneMissingGenerationFailsAloneAndTheZipHoldsTheOthersWithAManifest() throws IOException {
        BatchResult result = batch.execute(new ExportBatchCommand(user, Tier.FREE, List.of(
                new BatchItem(resume.id().value(), "pdf", "modern", null, "../../x.pdf"),
                new BatchItem(UUID.randomUUID().toString(), "pdf", "modern", null, null),
                new BatchItem(other.id().value(), "pdf", "modern", null, "CON.pdf"),
                new BatchItem(other.id().value(), "pdf", "modern", null, "x.pdf"),
                new BatchItem(other.id().value(), "gif", "modern", null, null)), true, "../TechCorp Package"));

        assertThat(result.successful()).isEqualTo(3);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.items().get(1).detail()).isEqualTo("Generation not found or does not belong to user");
        assertThat(result.items().get(4).detail()).isEqualTo("format must be pdf, docx, json-resume, txt, md, html, json, csv or tex");
        Export zip = result.zip();
        assertThat(zip.documentType()).isEqualTo(DocumentType.ZIP);
        assertThat(zip.format()).isEqualTo(ExportFormat.ZIP);
        assertThat(zip.filename()).isEqualTo("TechCorp_Package.zip");
        assertThat(exports.findByIdAndUser(zip.id(), user)).isPresent();

        Map<String, byte[]> entries = unzip(store.get(zip.objectKey()).orElseThrow().readAllBytes());
        assertThat(entries.keySet()).containsExactly("x.pdf", "_CON.pdf", "x_2.pdf", "manifest.json");
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        byte[] first = entries.get("x.pdf");
        assertThat(manifest).contains("\"batch_id\": \"" + result.batchId() + "\"",
                "\"source_generation_id\": \"" + resume.id() + "\"", "\"file\": \"x_2.pdf\"",
                "\"size_bytes\": " + first.length, "\"sha256\": \"" + ExportBatch.sha256(first) + "\"",
                "\"format\": \"pdf\"", "\"template\": \"modern\"");
    }

    @Test
    void moreThanTenItemsAreRefused() {
        List<BatchItem> items = Collections.nCopies(11, new BatchItem(resume.id().value(), "pdf", null, null, null));

        assertThatThrownBy(() -> batch.execute(new ExportBatchCommand(user, Tier.FREE, items, false, null)))
                .isInstanceOf(InvalidOptionException.class).hasMessage("exports must hold between 1 and 10 items");
        assertThat(store.keys()).isEmpty();
    }

    @Test
    void withoutZipOrWithoutSuccessNoPackageIsMade() {
        BatchResult plain = batch.execute(new ExportBatchCommand(user, Tier.FREE,
                List.of(new BatchItem(resume.id().value(), "pdf", null, null, null)), false, null));
        BatchResult allFailed = batch.execute(new ExportBatchCommand(user, Tier.FREE,
                List.of(new BatchItem("nope", "pdf", null, null, null)), true, null));

        assertThat(plain.zip()).isNull();
        assertThat(allFailed.zip()).isNull();
        assertThat(allFailed.failed()).isEqualTo(1);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    PurgeExpiredExports purge() {
        return new PurgeExpiredExports(exports, previews, store, clock, Duration.ofHours(1));
    }

    @Test
    void cleanupRemovesExpiredExportsAndPreviewsObjectFirst() {
        Export old = exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, resume.id().value(), ExportFormat.PDF,
                null, null, null));
        ExportId previewId = ExportId.newId();
        Preview preview = new Preview(previewId, user, resume.id(), "modern", Preview.objectKeyFor(user, previewId), 3,
                clock.instant().plus(Duration.ofHours(1)), clock.instant());
        store.put(preview.objectKey(), new byte[] {1, 2, 3}, "image/png");
        previews.save(preview);
        clock.advance(Duration.ofDays(29));
        Export young = exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, resume.id().value(), ExportFormat.PDF,
                null, null, null));
        clock.advance(Duration.ofDays(2));

        PurgeExpiredExports.Report report = purge().execute();

        assertThat(report.expiredExports()).isEqualTo(1);
        assertThat(report.expiredPreviews()).isEqualTo(1);
        assertThat(store.keys()).containsExactly(young.objectKey());
        assertThat(exports.findByIdAndUser(old.id(), user)).isEmpty();
        assertThat(exports.findByIdAndUser(young.id(), user)).isPresent();
        assertThat(purge().execute()).isEqualTo(new PurgeExpiredExports.Report(0, 0, 0));
    }

    @Test
    void aBatchWhileStorageIsDownIsRefusedAsAWholeNotAsAListOfFailures() {
        store.failNextCalls(true);
        List<BatchItem> items = List.of(new BatchItem(resume.id().value(), "pdf", null, null, null),
                new BatchItem(other.id().value(), "docx", null, null, null));

        assertThatThrownBy(() -> batch.execute(new ExportBatchCommand(user, Tier.FREE, items, true, null)))
                .isInstanceOf(com.jobwise.export.domain.error.StorageUnavailableException.class)
                .satisfies(e -> assertThat(((com.jobwise.export.domain.error.StorageUnavailableException) e)
                        .clientDetail()).startsWith("Storage is temporarily unavailable"));
        store.failNextCalls(false);
        assertThat(exports.all()).isEmpty();
        assertThat(store.keys()).isEmpty();
    }

    @Test
    void aRunKilledHalfWayIsFinishedByTheNextRun() {
        List<Export> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, resume.id().value(), ExportFormat.PDF,
                    null, null, null)));
        }
        clock.advance(Duration.ofDays(31));
        store.failNextCalls(true);

        assertThatThrownBy(() -> purge().execute()).isInstanceOf(RuntimeException.class);
        assertThat(exports.all()).hasSize(3);

        store.failNextCalls(false);
        assertThat(purge().execute().expiredExports()).isEqualTo(3);
        assertThat(exports.all()).isEmpty();
        assertThat(store.keys()).isEmpty();
    }

    @Test
    void orphanedObjectsOlderThanTheGraceAreRemovedAndReferencedOnesKept() {
        // The fake store stamps objects with the real time, so this test runs on real-time clocks.
        ExportDocument realTime = new ExportDocument(generations, List.of(new ExportUseCasesTest.EchoRenderer()), store,
                exports, java.time.Clock.systemUTC(), Duration.ofDays(30), StorageQuota.SPEC_DEFAULT);
        Export kept = realTime.execute(new ExportDocumentCommand(user, Tier.FREE, resume.id().value(), ExportFormat.PDF,
                null, null, null));
        store.put("exports/" + user + "/orphan.pdf", new byte[] {1}, "application/pdf");
        store.put("previews/" + user + "/orphan.png", new byte[] {1}, "image/png");

        assertThat(new PurgeExpiredExports(exports, previews, store, java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMinutes(30)),
                Duration.ofHours(1)).execute().orphanedObjects()).isZero();
        PurgeExpiredExports.Report later = new PurgeExpiredExports(exports, previews, store,
                java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofHours(2)), Duration.ofHours(1)).execute();

        assertThat(later.orphanedObjects()).isEqualTo(2);
        assertThat(store.keys()).containsExactly(kept.objectKey());
    }

    @Test
    void twoCleanupsInParallelRemoveEverythingOnceWithoutFailing() throws Exception {
        for (int i = 0; i < 30; i++) {
            exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, resume.id().value(), ExportFormat.PDF, null, null,
                    null));
        }
        clock.advance(Duration.ofDays(31));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PurgeExpiredExports.Report> a = pool.submit(() -> purge().execute());
            Future<PurgeExpiredExports.Report> b = pool.submit(() -> purge().execute());
            assertThat(a.get().expiredExports() + b.get().expiredExports()).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(exports.all()).isEmpty();
        assertThat(store.keys()).isEmpty();
    }
}
