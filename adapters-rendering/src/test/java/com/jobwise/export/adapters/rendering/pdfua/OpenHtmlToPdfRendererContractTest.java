package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.pdf.PdfText;
import com.jobwise.export.domain.port.IDocumentRenderer;
import com.jobwise.export.domain.port.IDocumentRendererContract;

/** The renderer contract of the domain, run against the tagged PDF renderer. */
class OpenHtmlToPdfRendererContractTest extends IDocumentRendererContract {
    private static final OpenHtmlToPdfRenderer RENDERER = new OpenHtmlToPdfRenderer();

    @Override
    protected IDocumentRenderer createRenderer() {
        return RENDERER;
    }

    @Override
    protected String extractText(byte[] file) {
        return PdfText.extract(file);
    }
}
