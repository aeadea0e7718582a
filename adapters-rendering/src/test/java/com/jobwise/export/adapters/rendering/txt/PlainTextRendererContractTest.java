package com.jobwise.export.adapters.rendering.txt;

import com.jobwise.export.adapters.rendering.text.FormatReaders;
import com.jobwise.export.domain.port.IDocumentRenderer;
import com.jobwise.export.domain.port.IDocumentRendererContract;

/** The renderer contract, run against {@link PlainTextRenderer}. Plain text as written. */
class PlainTextRendererContractTest extends IDocumentRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new PlainTextRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        return FormatReaders.txt(file);
    }
}
