package com.jobwise.export.application.export;

import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.content.InMemoryGenerationRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.domain.export.TestData;
import com.jobwise.export.application.template.RenderGate;
import com.jobwise.export.domain.error.ServiceBusyException;
import com.jobwise.export.domain.export.ExportId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export use cases over the in-memory fakes (whose honesty the port contracts check). */
class ExportUseCasesTest {
    /** Writes the person's name and the template id, so the test sees what went into the file. */
    static final class EchoRenderer implements IDocumentRenderer {
        @Override
        public ExportFormat format() {
            return ExportFormat.PDF;
        }

        @Override
        public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
            String text = content.header().name() + "|" + template.id() + "|" + options.fontSize();
            return new RenderedDocument(text.getBytes(StandardCharsets.UTF_8), 1, Map.of("ats_score", 90.0));
        }
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
    final InMemoryGenerationRepository generations = new InMemoryGenerationRepository();
    final InMemoryObjectStore store = new InMemoryObjectStore();
    final InMemoryExportRepository exports = new InMemoryExportRepository();
    final UserId user = TestData.newUser();
    Generation generation;
    ExportDocument exportDocument;

    @BeforeEach
    void setUp() {
        generation = TestData.generation(user);
        generations.save(generation);
        exportDocument = new ExportDocument(generations, List.of(new EchoRenderer()), store, exports, clock,
                Duration.ofDays(30), StorageQuota.SPEC_DEFAULT);
    }

    ExportDocumentCommand command(String template, Map<String, Object> options, String filename) {
        return new ExportDocumentCommand(user, Tier.FREE, generation.id().value(), ExportFormat.PDF, template, options, filename);
    }

    @Test
    void exportStoresTheObjectThenTheRow() {
        Export export = exportDocument.execute(command(null, Map.of("font_size", 12), null));

        assertThat(export.template()).isEqualTo("modern");
        assertThat(export.objectKey()).isEqualTo("exports/" + user.value() + "/" + export.id() + ".pdf");
        assertThat(export.filename()).isEqualTo("Ada_Lovelace_Resume.pdf");
        assertThat(export.createdAt()).isEqualTo(clock.instant());
        assertThat(export.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
        assertThat(export.pageCount()).isEqualTo(1);
        assertThat(export.metadata()).containsEntry("ats_score", 90.0).containsKey("processing_time_seconds");
        assertThat(export.options()).containsEntry("font_size", 12);
        assertThat(new String(store.get(export.objectKey()).orElseThrow().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("Ada Lovelace|modern|12");
        assertThat(export.fileSizeBytes()).isEqualTo("Ada Lovelace|modern|12".length());
        assertThat(exports.findByIdAndUser(export.id(), user)).contains(export);
    }

    @Test
    void anotherUsersGenerationIsNotFoundAndNothingIsStored() {
        ExportDocumentCommand stranger = new ExportDocumentCommand(TestData.newUser(), Tier.FREE, generation.id().value(),
                ExportFormat.PDF, null, null, null);

        assertThatThrownBy(() -> exportDocument.execute(stranger)).isInstanceOf(GenerationNotFoundException.class)
                .hasMessage("Generation not found or does not belong to user");
        assertThat(store.keys()).isEmpty();
        assertThat(exports.all()).isEmpty();
    }

    @Test
    void badTemplateOrOptionStoresNothing() {
        assertThatThrownBy(() -> exportDocument.execute(command("futuristic", null, null)))
                .isInstanceOf(TemplateNotFoundException.class);
        assertThatThrownBy(() -> exportDocument.execute(command("modern", Map.of("font_size", 20), null)))
                .isInstanceOf(InvalidOptionException.class).hasMessage("font_size must be between 9 and 14");
        assertThat(store.keys()).isEmpty();
        assertThat(exports.all()).isEmpty();
    }

    @Test
    void unsupportedFormatIsRefused() {
        ExportDocumentCommand docx = new ExportDocumentCommand(user, Tier.FREE, generation.id().value(), ExportFormat.DOCX,
                null, null, null);

        assertThatThrownBy(() -> exportDocument.execute(docx)).isInstanceOf(InvalidOptionException.class);
    }

    @Test
    void whenTheRowCannotBeWrittenTheObjectIsRemoved() {
        InMemoryExportRepository failing = new InMemoryExportRepository() {
            @Override
            public void saveWithinQuota(Export export, long limitBytes, Instant now) {
                throw new StorageUnavailableException("database down", new IllegalStateException());
            }
        };
        ExportDocument useCase = new ExportDocument(generations, List.of(new EchoRenderer()), store, failing, clock,
                Duration.ofDays(30), StorageQuota.SPEC_DEFAULT);

        assertThatThrownBy(() -> useCase.execute(command(null, null, null))).isInstanceOf(StorageUnavailableException.class);
        assertThat(store.keys()).isEmpty();
    }

    @Test
    void whenTheObjectCannotBeWrittenNoRowIsWritten() {
        store.failNextCalls(true);

        assertThatThrownBy(() -> exportDocument.execute(command(null, null, null)))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(exports.all()).isEmpty();
    }

    @Test
    void downloadChecksOwnerAndExpiryAndCounts() {
        Export export = exportDocument.execute(command(null, null, "../../etc/passwd"));
        DownloadExport download = new DownloadExport(exports, store, clock);

        assertThat(export.filename()).isEqualTo("passwd.pdf");
        ExportDownload first = download.execute(user, export.id().toString());
        assertThat(first.content().readAllBytes()).isNotEmpty();
        assertThat(exports.findByIdAndUser(export.id(), user).orElseThrow().downloadCount()).isEqualTo(1);

        assertThatThrownBy(() -> download.execute(TestData.newUser(), export.id().toString()))
                .isInstanceOf(ExportNotFoundException.class).hasMessage("Export file not found or has expired");
        assertThatThrownBy(() -> download.execute(user, "not-a-uuid")).isInstanceOf(ExportNotFoundException.class);

        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> download.execute(user, export.id().toString()))
                .isInstanceOf(ExportExpiredException.class).hasMessage("Export file has expired and been deleted");
    }

    @Test
    void deleteRemovesObjectThenRowAndKeepsTheRowWhenS3Fails() {
        Export export = exportDocument.execute(command(null, null, null));
        DeleteExport delete = new DeleteExport(exports, store, clock);

        assertThatThrownBy(() -> delete.execute(TestData.newUser(), export.id().toString()))
                .isInstanceOf(ExportNotFoundException.class).hasMessage("Export file not found");

        store.failNextCalls(true);
        assertThatThrownBy(() -> delete.execute(user, export.id().toString()))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(exports.findByIdAndUser(export.id(), user)).isPresent();

        store.failNextCalls(false);
        delete.execute(user, export.id().toString());
        assertThat(exports.findByIdAndUser(export.id(), user)).isEmpty();
        assertThat(store.keys()).isEmpty();
    }

    @Test
    void listFiltersPagesAndReportsStorage() {
        Export a = exportDocument.execute(command(null, null, null));
        clock.advance(Duration.ofSeconds(1));
        Export b = exportDocument.execute(command("classic", null, null));
        ListExports list = new ListExports(exports, StorageQuota.SPEC_DEFAULT, clock);

        ExportList page = list.execute(new ListExportsQuery(user, Tier.FREE, "pdf", "resume", null, 1, 0));
        assertThat(page.files()).extracting(Export::id).containsExactly(b.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.hasMore()).isTrue();
        assertThat(page.storageUsedBytes()).isEqualTo(a.fileSizeBytes() + b.fileSizeBytes());
        assertThat(page.storageLimitBytes()).isEqualTo(100L * 1024 * 1024);
        assertThat(list.execute(new ListExportsQuery(user, Tier.PRO, null, null, "classic", 20, 0)).files())
                .extracting(Export::id).containsExactly(b.id());

        assertThatThrownBy(() -> list.execute(new ListExportsQuery(user, Tier.FREE, "gif", null, null, 20, 0)))
                .isInstanceOf(InvalidOptionException.class).hasMessage("format must be one of: pdf, docx, json-resume, txt, md, html, json, csv, tex, zip");
        assertThatThrownBy(() -> list.execute(new ListExportsQuery(user, Tier.FREE, null, null, null, 101, 0)))
                .isInstanceOf(InvalidOptionException.class).hasMessage("limit must be between 1 and 100");
    }

    @Test
    void exportOverTheQuotaStoresNothingAndSaysUsedAndLimit() {
        ExportDocument tight = new ExportDocument(generations, List.of(new EchoRenderer()), store, exports, clock,
                Duration.ofDays(30), new StorageQuota(30, 1000));
        tight.execute(command(null, null, null));

        assertThatThrownBy(() -> tight.execute(command(null, null, null)))
                .isInstanceOfSatisfying(com.jobwise.export.domain.error.QuotaExceededException.class, e -> {
                    assertThat(e.usedBytes()).isEqualTo("Ada Lovelace|modern|11".length());
                    assertThat(e.limitBytes()).isEqualTo(30);
                    assertThat(e.getMessage()).contains("22 of 30 bytes used");
                });
        assertThat(store.keys()).hasSize(1);
        assertThat(exports.all()).hasSize(1);

        ExportDocumentCommand pro = new ExportDocumentCommand(user, Tier.PRO, generation.id().value(), ExportFormat.PDF,
                null, null, null);
        assertThat(tight.execute(pro)).isNotNull();
    }

    @Test
    void presignedDownloadComesOnlyAfterOwnershipAndExpiryChecks() {
        Export export = exportDocument.execute(command(null, null, null));
        DownloadExport download = new DownloadExport(exports, store, clock);

        assertThat(download.presign(user, export.id().toString(), Duration.ofMinutes(5)).toString())
                .contains(export.objectKey());
        assertThat(exports.findByIdAndUser(export.id(), user).orElseThrow().downloadCount()).isEqualTo(1);
        assertThatThrownBy(() -> download.presign(TestData.newUser(), export.id().toString(), Duration.ofMinutes(5)))
                .isInstanceOf(ExportNotFoundException.class);
        assertThatThrownBy(() -> download.presign(user, export.id().toString(), Duration.ofMinutes(16)))
                .isInstanceOf(IllegalArgumentException.class);
        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> download.presign(user, export.id().toString(), Duration.ofMinutes(5)))
                .isInstanceOf(ExportExpiredException.class);
    }

    @Test
    void aRequestThatFindsEveryRenderingSlotTakenIsRefusedAndLeavesNothingWhileAJobItemWaits() throws Exception {
        RenderGate gate = new RenderGate(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(2));
        ExportDocument gated = new ExportDocument(generations, List.of(new EchoRenderer()), store, exports, clock,
                Duration.ofDays(30), StorageQuota.SPEC_DEFAULT, RenderBudget.DEFAULT, gate);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> gate.admit(() -> {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> gated.execute(command(null, null, null))).isInstanceOf(ServiceBusyException.class)
                .hasMessage("The service is busy rendering other documents; please retry in a moment");
        assertThat(store.keys()).isEmpty();
        assertThat(exports.all()).isEmpty();

        CompletableFuture<ExportedFile> jobItem = CompletableFuture.supplyAsync(
                () -> gated.executeWithContent(command(null, null, null), ExportId.newId()));
        release.countDown();
        holder.join(10_000);
        assertThat(jobItem.get(10, TimeUnit.SECONDS).export().fileSizeBytes()).isPositive();
        assertThat(exports.all()).hasSize(1);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        // shared by the tests of this package
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        synchronized void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }
    }
}
