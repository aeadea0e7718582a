package com.jobwise.export.adapters.rest.http;

import com.jobwise.export.adapters.rest.error.RequestTooLargeHandler;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;

import java.util.OptionalLong;

/**
 * Answers 413 (problem+json) to a request whose {@code Content-Length} exceeds
 * {@code micronaut.server.max-request-size} (1 MB) before authentication and before a byte of the body is
 * read. The server enforces the same limit itself, for chunked bodies too ({@link RequestTooLargeHandler}),
 * but only when the route reads the body, that is after the security filter: without this filter an anonymous
 * oversized request would answer 401.
 */
@ServerFilter(value = "/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
@Order(FilterOrders.BODY_LIMIT)
public class BodyLimitFilter {
    private final long limit;

    public BodyLimitFilter(HttpServerConfiguration server) {
        this.limit = server.getMaxRequestSize();
    }

    /** Lets the request through ({@code null}) or answers 413. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        OptionalLong declared = request.getHeaders().contentLength();
        return declared.isPresent() && declared.getAsLong() > limit ? RequestTooLargeHandler.tooLarge(limit) : null;
    }
}
