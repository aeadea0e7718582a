package com.jobwise.export.adapters.rendering.txt;

import com.jobwise.export.adapters.rendering.text.FormatReaders;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.adapters.rendering.text.TextFormatRendererContract;

/** The renderer contract, run against {@link PlainTextRenderer}. Plain text as written. */
class PlainTextRendererContractTest extends TextFormatRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new PlainTextRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        return FormatReaders.txt(file);
    }
}
