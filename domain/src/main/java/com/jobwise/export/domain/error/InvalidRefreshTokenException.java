package com.jobwise.export.domain.error;

/**
 * A refresh token that is unknown, expired, revoked or already used (401). Reuse of a used token has
 * revoked its whole family by the time this is thrown; the message is the same in every case.
 */
public final class InvalidRefreshTokenException extends ExportException {
    public InvalidRefreshTokenException() {
        super("Invalid or expired refresh token");
    }
}
