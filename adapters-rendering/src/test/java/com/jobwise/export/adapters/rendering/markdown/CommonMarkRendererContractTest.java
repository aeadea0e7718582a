package com.jobwise.export.adapters.rendering.markdown;

import com.jobwise.export.adapters.rendering.text.FormatReaders;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.adapters.rendering.text.TextFormatRendererContract;

/** The renderer contract, run against {@link CommonMarkRenderer}: the Markdown rendered back to HTML by commonmark-java, read by jsoup. */
class CommonMarkRendererContractTest extends TextFormatRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new CommonMarkRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        return FormatReaders.markdown(file);
    }

    /**
     * Markdown's only layout option, line_spacing, loosens lists of two or more items; the contract's resume has
     * one bullet per list, so its check cannot see it. CommonMarkRendererTest checks loose lists instead.
     */
    @Override
    protected boolean honoursLayoutOptions() {
        return false;
    }
}
