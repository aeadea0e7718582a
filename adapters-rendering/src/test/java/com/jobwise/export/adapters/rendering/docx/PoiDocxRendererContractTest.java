package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.IDocumentRendererContract;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The renderer contract, run against {@link PoiDocxRenderer}. */
class PoiDocxRendererContractTest extends IDocumentRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new PoiDocxRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        try (DocxInspector docx = DocxInspector.open(file)) {
            return docx.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
