package com.jobwise.export.adapters.rendering.pdf;

import java.util.Objects;

/**
 * A PDF before any post-check: the bytes and the number of pages laid out.
 *
 * @param bytes     the whole PDF file
 * @param pageCount pages, as Flying Saucer laid them out
 */
public record RenderedPdf(byte[] bytes, int pageCount) {
    public RenderedPdf {
        Objects.requireNonNull(bytes, "bytes");
    }
}
