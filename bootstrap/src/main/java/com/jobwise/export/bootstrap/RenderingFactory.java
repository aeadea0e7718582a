package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.rendering.docx.PoiDocxRenderer;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.domain.port.IDocumentRenderer;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Creates the renderers, one per format. They are thread-safe and built once (fonts, templates). */
@Factory
class RenderingFactory {

    @Singleton
    @Named("pdf")
    IDocumentRenderer pdfRenderer() {
        return new FlyingSaucerPdfRenderer();
    }

    @Singleton
    @Named("docx")
    IDocumentRenderer docxRenderer() {
        return new PoiDocxRenderer();
    }
}
