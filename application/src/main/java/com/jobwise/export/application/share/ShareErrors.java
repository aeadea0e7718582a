package com.jobwise.export.application.share;

import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.error.ExportNotFoundException;

/** The messages of the share errors (404 for an unknown link or share, 410 for an ended one). */
public final class ShareErrors {
    public static final String NOT_FOUND = "Share link not found";
    public static final String GONE = "Share link has expired or been revoked";

    private ShareErrors() {
    }

    static ExportNotFoundException notFound() {
        return new ExportNotFoundException(NOT_FOUND);
    }

    static ExportExpiredException gone() {
        return new ExportExpiredException(GONE);
    }
}
