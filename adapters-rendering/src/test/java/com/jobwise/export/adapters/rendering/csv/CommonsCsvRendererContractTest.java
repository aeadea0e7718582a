package com.jobwise.export.adapters.rendering.csv;

import com.jobwise.export.adapters.rendering.text.FormatReaders;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.adapters.rendering.text.TextFormatRendererContract;

/**
 * The renderer contract, run against {@link CommonsCsvRenderer}: the cells re-read by Commons CSV (BOM and
 * header checked). CSV has no layout, so the contract's layout-options check is skipped.
 */
class CommonsCsvRendererContractTest extends TextFormatRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new CommonsCsvRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        return FormatReaders.csv(file);
    }

    @Override
    protected boolean honoursLayoutOptions() {
        return false;
    }
}
