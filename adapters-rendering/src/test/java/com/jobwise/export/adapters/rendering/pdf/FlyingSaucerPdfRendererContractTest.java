package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.IDocumentRendererContract;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The renderer contract of the domain, run against the PDF renderer; evidence read back with PDFBox. */
class FlyingSaucerPdfRendererContractTest extends IDocumentRendererContract {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();

    @Override
    protected IDocumentRenderer createRenderer() {
        return RENDERER;
    }

    @Override
    protected String extractText(byte[] file) {
        return PdfText.extract(file);
    }

    @Override
    protected OptionalInt pageCount(byte[] file) {
        return OptionalInt.of(PdfColors.pageCount(file));
    }

    @Override
    protected Optional<Set<String>> colorsUsed(byte[] file) {
        return Optional.of(PdfColors.of(file));
    }
}
