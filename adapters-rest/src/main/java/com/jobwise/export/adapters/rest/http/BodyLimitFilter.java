package com.jobwise.export.adapters.rest.http;

import com.jobwise.export.adapters.rest.error.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.OptionalLong;

/**
 * Answers 413 with a problem+json body to a JSON request whose {@code Content-Length} exceeds
 * {@code export.http.max-json-body-size} (default 1 MB), before authentication and before a byte of the body
 * is read. Bodies sent without a length (chunked) are measured by {@link ChunkedBodyLimitFilter} once the
 * caller is authenticated. Bodies declared as another media type are left to the route (none accepts one);
 * {@code micronaut.server.max-request-size} stays the hard cap for every body.
 */
@ServerFilter(value = "/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
@Order(FilterOrders.BODY_LIMIT)
public class BodyLimitFilter {
    private final long limit;

    public BodyLimitFilter(HttpSettings settings) {
        this.limit = settings.getMaxJsonBodySize();
    }

    /** Lets the request through ({@code null}) or answers 413. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        OptionalLong declared = request.getHeaders().contentLength();
        return isJson(request) && declared.isPresent() && declared.getAsLong() > limit ? tooLarge(limit) : null;
    }

    /** The 413 answer. */
    static HttpResponse<Problem> tooLarge(long limit) {
        return HttpResponse.<Problem>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(413, HttpStatus.REQUEST_ENTITY_TOO_LARGE.getReason(),
                        "Request body is larger than " + limit + " bytes"));
    }

    /** JSON or no declared type (the routes read JSON then). */
    static boolean isJson(HttpRequest<?> request) {
        return request.getContentType().map(type -> type.getExtension().equals(MediaType.EXTENSION_JSON)
                || type.getSubtype().endsWith("+json")).orElse(true);
    }
}
