package com.jobwise.export.adapters.rendering.json;

import com.jobwise.export.adapters.rendering.text.FormatReaders;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.adapters.rendering.text.TextFormatRendererContract;

/** The renderer contract, run against {@link StructuredJsonRenderer}. The JSON's string values; every file is also validated against the published schema. */
class StructuredJsonRendererContractTest extends TextFormatRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new StructuredJsonRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        return FormatReaders.json(file);
    }
}
