package com.jobwise.export.adapters.rendering.html;

import com.jobwise.export.adapters.rendering.text.FormatReaders;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.adapters.rendering.text.TextFormatRendererContract;

/** The renderer contract, run against {@link StandaloneHtmlRenderer}. The page's text as jsoup reads it; every page is also checked for script and remote resources. */
class StandaloneHtmlRendererContractTest extends TextFormatRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new StandaloneHtmlRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        return FormatReaders.html(file);
    }
}
