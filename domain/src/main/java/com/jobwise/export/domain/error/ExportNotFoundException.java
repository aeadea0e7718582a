package com.jobwise.export.domain.error;

import com.jobwise.export.domain.export.Export;

/** No export with this id for this user (404). Another user's export answers exactly the same. */
public final class ExportNotFoundException extends ExportException {
    public ExportNotFoundException(String message) {
        super(message);
    }

    /** The spec's message for downloads. */
    public static ExportNotFoundException forDownload() {
        return new ExportNotFoundException("Export file not found or has expired");
    }

    /** The spec's message for deletes. */
    public static ExportNotFoundException forDelete() {
        return new ExportNotFoundException("Export file not found");
    }
}
