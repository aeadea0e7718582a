package com.jobwise.export.adapters.rest.error;

import com.jobwise.export.domain.error.ExportException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bean created on first use whose creation met a domain error (the S3 adapter checks its bucket when it is
 * created: with the object store down, the first request that needs it fails so) answers as that error does
 * (503 with {@code Retry-After} naming the part that is down), not 500; the bean is created again on the next
 * request. Any other creation failure is a 500 without internals.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = ExceptionHandler.class)
public class BeanFailureHandler implements ExceptionHandler<BeanInstantiationException, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(BeanFailureHandler.class);
    private final ExportExceptionHandler domainErrors;

    public BeanFailureHandler(ExportExceptionHandler domainErrors) {
        this.domainErrors = domainErrors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, BeanInstantiationException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ExportException domain) {
                return domainErrors.handle(request, domain);
            }
        }
        LOG.error("{} {} failed: a component could not be created", request.getMethod(), request.getPath(), exception);
        return HttpResponse.<Problem>status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(500, HttpStatus.INTERNAL_SERVER_ERROR.getReason(), "Internal server error"));
    }
}
