package com.jobwise.export.adapters.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The 1 MB JSON limit for bodies sent without {@code Content-Length} (chunked): the body is buffered (as the
 * route would buffer it) and measured. Runs after authentication, so an anonymous caller cannot make the
 * service buffer anything; bodies with a declared length were already checked by {@link BodyLimitFilter}.
 */
@ServerFilter(value = "/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
@Order(FilterOrders.CHUNKED_BODY_LIMIT)
public class ChunkedBodyLimitFilter {
    private final long limit;

    public ChunkedBodyLimitFilter(HttpSettings settings) {
        this.limit = settings.getMaxJsonBodySize();
    }

    /** Lets the request through ({@code null}) or answers 413. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (request.getHeaders().contentLength().isPresent() || body == null || !BodyLimitFilter.isJson(request)) {
            return null;
        }
        return body.length > limit ? BodyLimitFilter.tooLarge(limit) : null;
    }
}
