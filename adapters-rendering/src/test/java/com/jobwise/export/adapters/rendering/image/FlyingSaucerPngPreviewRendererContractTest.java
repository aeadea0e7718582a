package com.jobwise.export.adapters.rendering.image;

import com.jobwise.export.domain.preview.IPreviewRenderer;
import com.jobwise.export.domain.preview.IPreviewRendererContract;

/** The preview renderer contract, run against {@link FlyingSaucerPngPreviewRenderer}. */
class FlyingSaucerPngPreviewRendererContractTest extends IPreviewRendererContract {
    private static final FlyingSaucerPngPreviewRenderer RENDERER = new FlyingSaucerPngPreviewRenderer();

    @Override
    protected IPreviewRenderer createRenderer() {
        return RENDERER;
    }
}
