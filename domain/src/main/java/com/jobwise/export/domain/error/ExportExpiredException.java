package com.jobwise.export.domain.error;

import com.jobwise.export.domain.export.Export;

/** The export exists but its {@code expires_at} has passed (410; the spec's message). */
public final class ExportExpiredException extends ExportException {
    public ExportExpiredException() {
        super("Export file has expired and been deleted");
    }

    /** Expiry of something other than an export file, e.g. a preview. */
    public ExportExpiredException(String message) {
        super(message);
    }
}
