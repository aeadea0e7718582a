package com.jobwise.export.domain.error;

/** A renderer could not produce the document (500); never caused by valid client input. */
public final class RenderingFailedException extends ExportException {
    public RenderingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
