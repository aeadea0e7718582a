package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.pdf.PdfColors;
import com.jobwise.export.adapters.rendering.pdf.PdfText;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.IDocumentRendererContract;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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

    @Override
    protected OptionalInt pageCount(byte[] file) {
        return OptionalInt.of(PdfColors.pageCount(file));
    }

    @Override
    protected Optional<Set<String>> colorsUsed(byte[] file) {
        return Optional.of(PdfColors.of(file));
    }
}
