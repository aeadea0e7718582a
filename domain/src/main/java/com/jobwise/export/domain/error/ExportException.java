package com.jobwise.export.domain.error;

/**
 * Base of every failure a client can cause or see. Each subclass maps to exactly one HTTP status
 * in the REST adapter; {@link #getMessage()} is the API spec's {@code detail} text.
 *
 * <p>Abstract and sealed, with every subclass in this package: the REST adapter maps them with an
 * exhaustive {@code switch} that has no {@code default}, so a new error that nobody mapped fails
 * compilation instead of answering 500. (A sealed hierarchy spans packages only inside a named
 * module, which the domain is not; hence one {@code domain.error} package for all capabilities.)
 */
public abstract sealed class ExportException extends RuntimeException
        permits GenerationNotFoundException, TemplateNotFoundException, InvalidOptionException,
                InvalidContentException, ExportNotFoundException, ExportExpiredException,
                QuotaExceededException, RateLimitedException, StorageUnavailableException,
                RenderingFailedException, EmailAlreadyRegisteredException, InvalidCredentialsException,
                InvalidRefreshTokenException, LoginThrottledException, InvalidAccountDetailsException,
                UserNotFoundException, DocumentTooLongException, ServiceBusyException {

    protected ExportException(String message) {
        super(message);
    }

    protected ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
