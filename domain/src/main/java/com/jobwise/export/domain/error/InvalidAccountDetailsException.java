package com.jobwise.export.domain.error;

/**
 * A registration or login field fails validation (422): an invalid email address, a password that does not
 * meet the policy, a missing full name. The message names the problem; {@link #field()} the snake_case field.
 */
public final class InvalidAccountDetailsException extends ExportException {
    private final String field;

    public InvalidAccountDetailsException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The snake_case name of the offending field ({@code email}, {@code password}, {@code full_name}). */
    public String field() {
        return field;
    }
}
