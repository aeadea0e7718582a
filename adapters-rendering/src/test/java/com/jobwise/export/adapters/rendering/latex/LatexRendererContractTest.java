package com.jobwise.export.adapters.rendering.latex;

import com.jobwise.export.adapters.rendering.text.FormatReaders;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.adapters.rendering.text.TextFormatRendererContract;

/** The renderer contract, run against {@link LatexRenderer}. The source compiled by pdflatex, read by pdftotext (skipped without pdflatex). */
class LatexRendererContractTest extends TextFormatRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new LatexRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        return FormatReaders.latex(file);
    }
}
