package com.jobwise.export.domain.export;

import com.jobwise.export.domain.content.DocumentType;

/**
 * Filters and page of the list endpoint; a {@code null} filter matches everything.
 *
 * @param limit  1 to 100 (spec)
 * @param offset 0 or more
 */
public record ExportQuery(ExportFormat format, DocumentType documentType, String template, int limit, int offset) {
    public ExportQuery {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more");
        }
    }
}
