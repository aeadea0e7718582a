package com.jobwise.export.domain.error;

/**
 * Login with an unknown email or a wrong password (401). Both answer the same message, so a client cannot
 * learn whether an account exists.
 */
public final class InvalidCredentialsException extends ExportException {
    public InvalidCredentialsException() {
        super("Incorrect email or password");
    }
}
