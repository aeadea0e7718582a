package com.jobwise.export.domain.error;

/**
 * The document is too long to render within the service's bounds (a page limit, a render time budget, or
 * content so large it would exceed them); the client should shorten it (422).
 */
public final class DocumentTooLongException extends ExportException {
    public DocumentTooLongException(String message) {
        super(message);
    }
}
