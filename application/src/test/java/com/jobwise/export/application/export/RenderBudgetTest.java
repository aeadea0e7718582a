package com.jobwise.export.application.export;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.error.DocumentTooLongException;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.content.InMemoryGenerationRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Content too large for the page limit is refused before any rendering, at once. */
class RenderBudgetTest {
    final InMemoryGenerationRepository generations = new InMemoryGenerationRepository();
    final InMemoryObjectStore store = new InMemoryObjectStore();
    final InMemoryExportRepository exports = new InMemoryExportRepository();
    final UserId user = TestData.newUser();

    @Test
    void contentBeyondThePageLimitAnswersDocumentTooLongWithoutRendering() {
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            entries.add(Map.of("company", "Company " + i, "title", "Engineer", "start_date", "2020-01",
                    "bullets", List.of("x".repeat(300), "y".repeat(300))));
        }
        Generation huge = new Generation(GenerationId.newId(), user, DocumentType.RESUME,
                Map.of("header", Map.of("name", "Ann Lee"), "sections", List.of(Map.of("type", "experience",
                        "title", "Experience", "entries", entries))), null, Instant.now());
        generations.save(huge);
        int[] renders = new int[1];
        ExportUseCasesTest.EchoRenderer echo = new ExportUseCasesTest.EchoRenderer();
        ExportDocument exportDocument = new ExportDocument(generations, List.of(new com.jobwise.export.domain.template
                .IDocumentRenderer() {
            @Override
            public ExportFormat format() {
                return ExportFormat.PDF;
            }

            @Override
            public com.jobwise.export.domain.template.RenderedDocument render(
                    com.jobwise.export.domain.content.DocumentContent content, com.jobwise.export.domain.template.Template t,
                    com.jobwise.export.domain.template.TemplateOptions o) {
                renders[0]++;
                return echo.render(content, t, o);
            }
        }), store, exports, java.time.Clock.systemUTC(), Duration.ofDays(30), StorageQuota.SPEC_DEFAULT,
                new RenderBudget(20, Duration.ofSeconds(10)), com.jobwise.export.application.template.RenderGate.UNBOUNDED);

        long started = System.nanoTime();
        assertThatThrownBy(() -> exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, huge.id().value(),
                ExportFormat.PDF, null, null, null)))
                .isInstanceOf(DocumentTooLongException.class)
                .hasMessageContaining("Document too long").hasMessageContaining("limit of 20 pages");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(renders[0]).isZero();
        assertThat(store.keys()).isEmpty();

        Generation normal = TestData.generation(user);
        generations.save(normal);
        assertThat(exportDocument.execute(new ExportDocumentCommand(user, Tier.FREE, normal.id().value(), ExportFormat.PDF,
                null, null, null)).pageCount()).isEqualTo(1);
        assertThat(renders[0]).isEqualTo(1);
    }

    @Test
    void aBudgetNeedsAPageAndATime() {
        assertThatThrownBy(() -> new RenderBudget(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderBudget(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RenderBudget.DEFAULT.maxContentChars()).isEqualTo(200_000);
    }
}
