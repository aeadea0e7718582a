package com.jobwise.export.adapters.rendering.json;

import com.jobwise.export.adapters.rendering.text.FormatReaders;
import com.jobwise.export.domain.port.IDocumentRenderer;
import com.jobwise.export.domain.port.IDocumentRendererContract;

/** The renderer contract, run against {@link StructuredJsonRenderer}. The JSON's string values; every file is also validated against the published schema. */
class StructuredJsonRendererContractTest extends IDocumentRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new StructuredJsonRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        return FormatReaders.json(file);
    }
}
