package com.jobwise.export.domain.model;

/**
 * Base of every failure a client can cause or see. Each subclass maps to exactly one HTTP status
 * in the REST adapter; {@link #getMessage()} is the API spec's {@code detail} text.
 */
public sealed class ExportException extends RuntimeException
        permits GenerationNotFoundException, TemplateNotFoundException, InvalidOptionException,
                InvalidContentException, ExportNotFoundException, ExportExpiredException,
                QuotaExceededException, RateLimitedException, StorageUnavailableException,
                RenderingFailedException, EmailAlreadyRegisteredException, InvalidCredentialsException,
                InvalidRefreshTokenException, LoginThrottledException, InvalidAccountDetailsException,
                UserNotFoundException, DocumentTooLongException {

    protected ExportException(String message) {
        super(message);
    }

    protected ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
