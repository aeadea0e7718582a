package com.jobwise.export.adapters.rendering.pdf;

import java.util.Map;
import java.util.Objects;

/**
 * A PDF before any post-check: the bytes, the number of pages laid out and what the layout changed.
 *
 * @param bytes     the whole PDF file
 * @param pageCount pages, as Flying Saucer laid them out
 * @param layout    metadata about the layout, merged into the export's metadata: {@code fit_to_pages}
 *                  and {@code warnings} when {@code max_pages} was asked ({@link PageFit}),
 *                  {@code colors_adjusted} when a colour was darkened for contrast; empty otherwise
 */
public record RenderedPdf(byte[] bytes, int pageCount, Map<String, Object> layout) {
    public RenderedPdf {
        Objects.requireNonNull(bytes, "bytes");
        layout = layout == null ? Map.of() : Map.copyOf(layout);
    }

    /** A PDF whose layout changed nothing worth reporting. */
    public RenderedPdf(byte[] bytes, int pageCount) {
        this(bytes, pageCount, Map.of());
    }
}
