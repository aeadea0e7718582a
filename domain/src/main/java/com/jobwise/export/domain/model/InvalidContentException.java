package com.jobwise.export.domain.model;

/** Structured content that does not follow the spec's content schema (422); names the JSON path. */
public final class InvalidContentException extends ExportException {
    public InvalidContentException(String message) {
        super(message);
    }
}
