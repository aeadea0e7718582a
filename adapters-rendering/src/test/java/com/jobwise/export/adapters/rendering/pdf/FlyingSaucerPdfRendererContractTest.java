package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.IDocumentRendererContract;

/** The renderer contract of the domain, run against the PDF renderer. */
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
}
