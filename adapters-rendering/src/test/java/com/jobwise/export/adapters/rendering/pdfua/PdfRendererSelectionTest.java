package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which engine renders which export: the option routes, the setting sets the default. */
class PdfRendererSelectionTest {
    private static final DocumentContent CONTENT = Samples.load("resume-new-graduate").content();

    /** A renderer that writes its own name: enough to see which one was chosen. */
    private record Named(String name) implements IDocumentRenderer {
        @Override
        public ExportFormat format() {
            return ExportFormat.PDF;
        }

        @Override
        public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
            return new RenderedDocument(name.getBytes(StandardCharsets.UTF_8), 1, Map.of());
        }
    }

    private static String renderedBy(PdfRendererSelection selection, Map<String, Object> options) {
        TemplateOptions resolved = TemplateOptions.resolve(TemplateCatalog.MODERN, options, ExportFormat.PDF);
        return new String(selection.render(CONTENT, TemplateCatalog.MODERN, resolved).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void flyingSaucerByDefaultAndTheTaggedRendererForEitherStandard() {
        AtomicInteger created = new AtomicInteger();
        PdfRendererSelection selection = new PdfRendererSelection(new Named("fs"), () -> {
            created.incrementAndGet();
            return new Named("tagged");
        }, PdfRendererSelection.Engine.FLYING_SAUCER);

        assertThat(renderedBy(selection, Map.of())).isEqualTo("fs");
        assertThat(created).hasValue(0);
        assertThat(renderedBy(selection, Map.of("pdf_standard", "pdf/ua-1"))).isEqualTo("tagged");
        assertThat(renderedBy(selection, Map.of("pdf_standard", "pdf/a-3a"))).isEqualTo("tagged");
        assertThat(selection.format()).isEqualTo(ExportFormat.PDF);
    }

    @Test
    void theOpenhtmltopdfSettingSendsEveryExportToTheTaggedRenderer() {
        PdfRendererSelection selection = new PdfRendererSelection(new Named("fs"), () -> new Named("tagged"),
                PdfRendererSelection.Engine.fromSetting(" OpenHtmlToPdf "));

        assertThat(renderedBy(selection, Map.of())).isEqualTo("tagged");
        assertThat(renderedBy(selection, Map.of("pdf_standard", "pdf/ua-1"))).isEqualTo("tagged");
    }

    @Test
    void anUnknownSettingNamesTheSettingAndTheValidValues() {
        assertThat(PdfRendererSelection.Engine.fromSetting("flying-saucer")).isEqualTo(PdfRendererSelection.Engine.FLYING_SAUCER);
        assertThatThrownBy(() -> PdfRendererSelection.Engine.fromSetting("wkhtmltopdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("export.pdf.renderer must be one of: flying-saucer, openhtmltopdf (was 'wkhtmltopdf')");
    }
}
