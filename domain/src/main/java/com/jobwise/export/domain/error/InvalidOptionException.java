package com.jobwise.export.domain.error;

/**
 * An export option or request field is out of range or unknown (422). The message names the field,
 * in the spec's style: {@code font_size must be between 9 and 14}.
 */
public final class InvalidOptionException extends ExportException {
    private final String field;

    public InvalidOptionException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The snake_case name of the offending field. */
    public String field() {
        return field;
    }
}
