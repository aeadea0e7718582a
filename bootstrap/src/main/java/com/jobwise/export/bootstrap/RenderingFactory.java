package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.rendering.csv.CommonsCsvRenderer;
import com.jobwise.export.adapters.rendering.docx.PoiDocxRenderer;
import com.jobwise.export.adapters.rendering.html.StandaloneHtmlRenderer;
import com.jobwise.export.adapters.rendering.json.StructuredJsonRenderer;
import com.jobwise.export.adapters.rendering.latex.LatexRenderer;
import com.jobwise.export.adapters.rendering.markdown.CommonMarkRenderer;
import com.jobwise.export.adapters.rendering.txt.PlainTextRenderer;
import com.jobwise.export.adapters.rendering.image.FlyingSaucerPngPreviewRenderer;
import com.jobwise.export.adapters.rendering.jsonresume.JsonResumeRenderer;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.preview.IPreviewRenderer;
import com.jobwise.export.adapters.rendering.pdfua.OpenHtmlToPdfRenderer;
import com.jobwise.export.adapters.rendering.pdfua.PdfRendererSelection;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/** Creates the renderers, one per format. They are thread-safe and built once (fonts, templates). */
@Factory
class RenderingFactory {

    /** Typed as itself only: the one PDF {@link IDocumentRenderer} bean is {@link #pdfRenderer}. */
    @Singleton
    @Bean(typed = FlyingSaucerPdfRenderer.class)
    FlyingSaucerPdfRenderer flyingSaucerPdfRenderer(RenderingSettings settings) {
        return new FlyingSaucerPdfRenderer(settings.budget().maxPages(), settings.budget().timeBudget());
    }

    /**
     * PDF exports: the engine of {@code export.pdf.renderer} ({@code flying-saucer}, the default, or
     * {@code openhtmltopdf}), and the tagged renderer (PDF/UA-1 + PDF/A-3a) for every export with a
     * {@code pdf_standard}. The tagged renderer is created on the first export that needs it (its fonts and classes
     * cost memory a deployment that never asks for it should not pay; singletons are created eagerly at start).
     * An unknown setting stops the start-up, naming the valid values.
     */
    @Singleton
    @Named("pdf")
    IDocumentRenderer pdfRenderer(FlyingSaucerPdfRenderer renderer,
                                  @Value("${export.pdf.renderer:flying-saucer}") String engine) {
        return new PdfRendererSelection(renderer, once(OpenHtmlToPdfRenderer::new),
                PdfRendererSelection.Engine.fromSetting(engine));
    }

    /** {@code create}'s value, created on the first call and kept. */
    static <T> Supplier<T> once(Supplier<T> create) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T current = value;
                if (current == null) {
                    synchronized (this) {
                        current = value;
                        if (current == null) {
                            current = create.get();
                            value = current;
                        }
                    }
                }
                return current;
            }
        };
    }

    @Singleton
    @Named("docx")
    IDocumentRenderer docxRenderer() {
        return new PoiDocxRenderer();
    }

    @Singleton
    @Named("json-resume")
    IDocumentRenderer jsonResumeRenderer() {
        return new JsonResumeRenderer();
    }

    @Singleton
    @Named("txt")
    IDocumentRenderer plainTextRenderer() {
        return new PlainTextRenderer();
    }

    @Singleton
    @Named("md")
    IDocumentRenderer markdownRenderer() {
        return new CommonMarkRenderer();
    }

    @Singleton
    @Named("html")
    IDocumentRenderer htmlRenderer() {
        return new StandaloneHtmlRenderer();
    }

    @Singleton
    @Named("json")
    IDocumentRenderer jsonRenderer() {
        return new StructuredJsonRenderer();
    }

    @Singleton
    @Named("csv")
    IDocumentRenderer csvRenderer() {
        return new CommonsCsvRenderer();
    }

    @Singleton
    @Named("tex")
    IDocumentRenderer latexRenderer() {
        return new LatexRenderer();
    }

    /** Previews are the PDF's first page rasterised, so they look exactly like the export. */
    @Singleton
    IPreviewRenderer previewRenderer(FlyingSaucerPdfRenderer renderer) {
        return new FlyingSaucerPngPreviewRenderer(renderer);
    }
}
