package com.jobwise.export.adapters.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A body over {@code micronaut.server.max-request-size} (1 MB, whether declared by {@code Content-Length} or
 * sent chunked) answers 413 as {@code application/problem+json} with the limit in {@code detail}; replaces the
 * framework's handler, whose message names the advertised and allowed lengths in its own words.
 */
@Singleton
@Replaces(ContentLengthExceededHandler.class)
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = ExceptionHandler.class)
public class RequestTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {
    private final long limit;

    public RequestTooLargeHandler(HttpServerConfiguration server) {
        this.limit = server.getMaxRequestSize();
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException exception) {
        return tooLarge(limit);
    }

    /** The 413 answer for a body over {@code limit} bytes. */
    public static HttpResponse<Problem> tooLarge(long limit) {
        return HttpResponse.<Problem>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(413, HttpStatus.REQUEST_ENTITY_TOO_LARGE.getReason(),
                        "Request body is larger than " + limit + " bytes"));
    }
}
