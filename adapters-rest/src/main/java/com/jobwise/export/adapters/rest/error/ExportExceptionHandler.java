package com.jobwise.export.adapters.rest.error;

import com.jobwise.export.domain.error.EmailAlreadyRegisteredException;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.error.InvalidAccountDetailsException;
import com.jobwise.export.domain.error.InvalidContentException;
import com.jobwise.export.domain.error.InvalidCredentialsException;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.error.InvalidRefreshTokenException;
import com.jobwise.export.domain.error.LoginThrottledException;
import com.jobwise.export.domain.error.QuotaExceededException;
import com.jobwise.export.domain.error.RateLimitedException;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.error.ServiceBusyException;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import com.jobwise.export.domain.error.UserNotFoundException;
import com.jobwise.export.domain.error.DocumentTooLongException;
import com.jobwise.export.domain.error.EmailAlreadyRegisteredException;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.error.InvalidAccountDetailsException;
import com.jobwise.export.domain.error.InvalidContentException;
import com.jobwise.export.domain.error.InvalidCredentialsException;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.error.InvalidRefreshTokenException;
import com.jobwise.export.domain.error.LoginThrottledException;
import com.jobwise.export.domain.error.QuotaExceededException;
import com.jobwise.export.domain.error.RateLimitedException;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import com.jobwise.export.domain.error.UserNotFoundException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where domain errors become HTTP: status by error kind, body a {@link Problem} whose
 * {@code detail} is the domain message (the API spec's text). Server-side failures are logged here
 * and answered without internals.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = {ExportException.class, ExceptionHandler.class})
public class ExportExceptionHandler implements ExceptionHandler<ExportException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(ExportExceptionHandler.class);

    /** Seconds a client should wait before retrying after a storage outage. */
    static final String STORAGE_RETRY_AFTER_SECONDS = "5";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ExportException exception) {
        HttpStatus status = statusOf(exception);
        String detail = exception.getMessage();
        if (exception instanceof StorageUnavailableException || exception instanceof RenderingFailedException) {
            LOG.error("{} {} failed: {}", request.getMethod(), request.getPath(), exception.getMessage(), exception);
            detail = exception instanceof StorageUnavailableException down
                    ? down.clientDetail() : "The document could not be rendered";
        }
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(status)
                .contentType(Problem.MEDIA_TYPE)
                .body(exception instanceof InvalidContentException invalid && !invalid.violations().isEmpty()
                        ? new Problem("about:blank", status.getReason(), status.getCode(), detail,
                                invalid.violations().stream()
                                        .map(v -> new Problem.FieldError(v.pointer(), v.message())).toList())
                        : Problem.of(status.getCode(), status.getReason(), detail));
        if (exception instanceof RateLimitedException limited) {
            response.header("Retry-After", String.valueOf(Math.max(1, limited.retryAfter().toSeconds())));
        } else if (exception instanceof LoginThrottledException throttled) {
            response.header("Retry-After", String.valueOf(ceilSeconds(throttled.retryAfter())));
        } else if (exception instanceof StorageUnavailableException) {
            response.header("Retry-After", STORAGE_RETRY_AFTER_SECONDS);
        } else if (exception instanceof ServiceBusyException busy) {
            response.header("Retry-After", String.valueOf(ceilSeconds(busy.retryAfter())));
        }
        return response;
    }

    /** The status of each domain error kind: exhaustive over the sealed base, no {@code default}. */
    static HttpStatus statusOf(ExportException exception) {
        return switch (exception) {
            case GenerationNotFoundException e -> HttpStatus.NOT_FOUND;
            case ExportNotFoundException e -> HttpStatus.NOT_FOUND;
            case TemplateNotFoundException e -> HttpStatus.BAD_REQUEST;
            case InvalidOptionException e -> HttpStatus.UNPROCESSABLE_ENTITY;
            case InvalidContentException e -> HttpStatus.UNPROCESSABLE_ENTITY;
            case ExportExpiredException e -> HttpStatus.GONE;
            case QuotaExceededException e -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case RateLimitedException e -> HttpStatus.TOO_MANY_REQUESTS;
            case StorageUnavailableException e -> HttpStatus.SERVICE_UNAVAILABLE;
            case RenderingFailedException e -> HttpStatus.INTERNAL_SERVER_ERROR;
            case EmailAlreadyRegisteredException e -> HttpStatus.CONFLICT;
            case InvalidCredentialsException e -> HttpStatus.UNAUTHORIZED;
            case InvalidRefreshTokenException e -> HttpStatus.UNAUTHORIZED;
            case LoginThrottledException e -> HttpStatus.TOO_MANY_REQUESTS;
            case InvalidAccountDetailsException e -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UserNotFoundException e -> HttpStatus.NOT_FOUND;
            case DocumentTooLongException e -> HttpStatus.UNPROCESSABLE_ENTITY;
            case ServiceBusyException e -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** Whole seconds, rounded up, at least 1: a client waiting that long is never early. */
    static long ceilSeconds(java.time.Duration duration) {
        long seconds = duration.toSeconds();
        return Math.max(1, duration.minusSeconds(seconds).isZero() ? seconds : seconds + 1);
    }
}
