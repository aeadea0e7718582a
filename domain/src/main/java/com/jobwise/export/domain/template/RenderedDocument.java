package com.jobwise.export.domain.template;

import java.util.Map;
import java.util.Objects;

/**
 * A rendered file.
 *
 * @param bytes     the whole file
 * @param pageCount pages of a PDF; {@code null} where the format has no fixed pages
 * @param metadata  format-specific facts for {@code exports.metadata} (e.g. {@code ats_score},
 *                  {@code word_count}), a JSON tree of plain values
 */
public record RenderedDocument(byte[] bytes, Integer pageCount, Map<String, Object> metadata) {
    public RenderedDocument {
        Objects.requireNonNull(bytes, "bytes");
        metadata = metadata == null ? Map.of() : metadata;
    }
}
