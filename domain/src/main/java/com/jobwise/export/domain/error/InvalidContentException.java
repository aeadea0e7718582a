package com.jobwise.export.domain.error;

import java.util.List;

/**
 * Structured content that does not follow the spec's content schema (422); names the JSON path. A document
 * checked against a JSON Schema (a JSON Resume) also carries one {@link Violation} per problem.
 */
public final class InvalidContentException extends ExportException {
    private final List<Violation> violations;

    public InvalidContentException(String message) {
        this(message, List.of());
    }

    /** A failure with one entry per problem found, each naming its JSON pointer. */
    public InvalidContentException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** The problems by JSON pointer; empty when the message says it all. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One problem of a document.
     *
     * @param pointer the RFC 6901 JSON pointer of the offending value ({@code ""} for the whole document)
     * @param message what is wrong with it
     */
    public record Violation(String pointer, String message) {
    }
}
