package com.jobwise.export.application.anonymize;

import com.jobwise.export.application.export.BatchItem;
import com.jobwise.export.application.export.BatchResult;
import com.jobwise.export.application.export.ExportBatch;
import com.jobwise.export.application.export.ExportBatchCommand;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.export.ExportDocumentCommand;
import com.jobwise.export.application.preview.PreviewCommand;
import com.jobwise.export.application.preview.PreviewDocument;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.preview.IPreviewRenderer;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.content.InMemoryGenerationRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.preview.InMemoryPreviewRepository;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code anonymize: true} reaches every use case that renders: export, batch and preview. */
class AnonymizedUseCasesTest {
    /** Records what each render received. */
    static final class RecordingRenderer implements IDocumentRenderer, IPreviewRenderer {
        final ExportFormat format;
        final List<DocumentContent> seen = new ArrayList<>();

        RecordingRenderer(ExportFormat format) {
            this.format = format;
        }

        @Override
        public ExportFormat format() {
            return format;
        }

        @Override
        public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
            seen.add(content);
            return new RenderedDocument(new byte[]{1}, 1, Map.of());
        }

        @Override
        public byte[] renderFirstPage(DocumentContent content, Template template, TemplateOptions options,
                                      boolean watermark) {
            seen.add(content);
            return new byte[]{1};
        }
    }

    final Clock clock = Clock.fixed(Instant.parse("2026-01-10T10:00:00Z"), ZoneOffset.UTC);
    final InMemoryGenerationRepository generations = new InMemoryGenerationRepository();
    final InMemoryObjectStore store = new InMemoryObjectStore();
    final UserId user = TestData.newUser();
    final RecordingRenderer pdf = new RecordingRenderer(ExportFormat.PDF);
    final RecordingRenderer docx = new RecordingRenderer(ExportFormat.DOCX);
    Generation generation;
    ExportDocument exportDocument;

    @BeforeEach
    void setUp() {
        generation = TestData.generation(user);
        generations.save(generation);
        exportDocument = new ExportDocument(generations, List.of(pdf, docx), store, new InMemoryExportRepository(),
                clock, Duration.ofDays(30), StorageQuota.SPEC_DEFAULT);
    }

    @Test
    void anExportRendersInitialsWithoutContactDetailsAndNamesTheFileWithoutTheName() {
        for (ExportFormat format : List.of(ExportFormat.PDF, ExportFormat.DOCX)) {
            Export export = exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, generation.id().value(), format,
                    "modern", Map.of("anonymize", true), null));

            assertThat(export.filename()).doesNotContain("Ada", "Lovelace").startsWith("A._L_");
            assertThat(export.options()).containsEntry("anonymize", true);
        }
        for (DocumentContent content : List.of(pdf.seen.getFirst(), docx.seen.getFirst())) {
            assertThat(content.header().name()).isEqualTo("A. L.");
            assertThat(content.header().email()).isNull();
        }
    }

    @Test
    void aRequestedFileNameLosesTheNameAndWithoutTheOptionNothingChanges() {
        Export anonymous = exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, generation.id().value(),
                ExportFormat.PDF, "modern", Map.of("anonymize", true), "Ada Lovelace CV"));
        Export named = exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, generation.id().value(),
                ExportFormat.PDF, "modern", Map.of(), "Ada Lovelace CV"));

        assertThat(anonymous.filename()).doesNotContain("Ada", "Lovelace");
        assertThat(named.filename()).contains("Ada", "Lovelace");
        assertThat(pdf.seen.get(1).header().name()).isEqualTo("Ada Lovelace");
        assertThat(pdf.seen.get(1).header().email()).isEqualTo("someone@example.com");
    }

    @Test
    void aBatchItemIsAnonymisedAlone() {
        ExportBatch batch = new ExportBatch(exportDocument, clock, Duration.ofDays(30));

        BatchResult result = batch.execute(new ExportBatchCommand(user, Tier.FREE, List.of(
                new BatchItem(generation.id().value(), "pdf", "modern", Map.of("anonymize", true), null),
                new BatchItem(generation.id().value(), "docx", "classic", Map.of(), null)), false, null));

        assertThat(result.items().get(0).export().filename()).doesNotContain("Lovelace");
        assertThat(result.items().get(1).export().filename()).contains("Lovelace");
        assertThat(pdf.seen.getFirst().header().name()).isEqualTo("A. L.");
        assertThat(docx.seen.getFirst().header().name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void aPreviewIsAnonymised() {
        RecordingRenderer png = new RecordingRenderer(ExportFormat.PDF);
        PreviewDocument preview = new PreviewDocument(generations, png, store, new InMemoryPreviewRepository(), clock,
                Duration.ofHours(1));

        preview.execute(new PreviewCommand(user, generation.id().value(), "modern", Map.of("anonymize", true)));

        assertThat(png.seen.getFirst().header().name()).isEqualTo("A. L.");
        assertThat(png.seen.getFirst().header().email()).isNull();
    }
}
