package com.jobwise.export.adapters.rest.http;

import com.jobwise.export.adapters.rest.error.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * CORS from an allow-list ({@link CorsSettings}); nothing is allowed by default. A preflight
 * ({@code OPTIONS} with {@code Access-Control-Request-Method}) from an allowed origin answers 204 with the
 * methods and headers the API uses, before authentication; from any other origin, 403. Other requests
 * from an allowed origin get {@code Access-Control-Allow-Origin} (that origin, never {@code *}) and the
 * headers a client may read. Credentials (cookies) are never allowed: the API uses bearer tokens.
 *
 * <p>Why not Micronaut's built-in CORS filter ({@code micronaut.server.cors.*}, left disabled): a configuration
 * without an explicit origin list allows every origin and credentials by default; this one fails closed and
 * reads a comma-separated environment variable as it is. The built-in filter still guards a server bound to
 * localhost against non-local origins ("drive-by localhost"), unless
 * {@code micronaut.server.cors.localhost-pass-through} is set.
 */
@ServerFilter("/**")
@Order(FilterOrders.CORS)
public class CorsFilter {
    static final String ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, X-Request-Id";
    static final String EXPOSED_HEADERS = "X-Request-Id, Content-Disposition, Location, Retry-After, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Idempotency-Replayed";

    private final CorsSettings settings;

    public CorsFilter(CorsSettings settings) {
        this.settings = settings;
    }

    /** Answers preflights. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> preflight(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || !isPreflight(request)) {
            return null;
        }
        if (!settings.allows(origin)) {
            return HttpResponse.<Problem>status(HttpStatus.FORBIDDEN).contentType(Problem.MEDIA_TYPE)
                    .body(Problem.of(403, HttpStatus.FORBIDDEN.getReason(), "Origin is not allowed"))
                    .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
        return HttpResponse.noContent()
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, String.valueOf(settings.getMaxAge().toSeconds()))
                .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    /** Adds the CORS headers to the answer of an allowed origin's request. */
    @ResponseFilter
    public void allow(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || isPreflight(request)) {
            return;
        }
        MutableHttpHeaders headers = response.getHeaders();
        if (!headers.contains(HttpHeaders.VARY)) {
            headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
        if (settings.allows(origin)) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
    }

    private static boolean isPreflight(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.OPTIONS
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    }
}
