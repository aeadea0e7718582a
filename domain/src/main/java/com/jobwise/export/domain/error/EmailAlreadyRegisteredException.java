package com.jobwise.export.domain.error;

/** Registration with an email address that already has an account (409). */
public final class EmailAlreadyRegisteredException extends ExportException {
    public EmailAlreadyRegisteredException() {
        super("Email already registered");
    }
}
