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
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Creates the renderers, one per format. They are thread-safe and built once (fonts, templates). */
@Factory
class RenderingFactory {

    @Singleton
    FlyingSaucerPdfRenderer flyingSaucerPdfRenderer(RenderingSettings settings) {
        return new FlyingSaucerPdfRenderer(settings.budget().maxPages(), settings.budget().timeBudget());
    }

    @Singleton
    @Named("pdf")
    IDocumentRenderer pdfRenderer(FlyingSaucerPdfRenderer renderer) {
        return renderer;
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
