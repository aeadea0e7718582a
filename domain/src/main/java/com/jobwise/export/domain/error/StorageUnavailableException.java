package com.jobwise.export.domain.error;

/** The object store or database could not be reached; the client may retry (503). */
public final class StorageUnavailableException extends ExportException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
