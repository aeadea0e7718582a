package com.jobwise.export.application.export;

import com.jobwise.export.domain.export.Export;

import java.util.List;

/**
 * One page of a user's exports.
 *
 * @param total              exports matching the filters
 * @param storageUsedBytes   bytes of the user's live exports
 * @param storageLimitBytes  the user's quota in bytes
 */
public record ExportList(List<Export> files, long total, int limit, int offset, long storageUsedBytes,
                         long storageLimitBytes) {

    /** Whether more results follow this page. */
    public boolean hasMore() {
        return (long) offset + files.size() < total;
    }
}
