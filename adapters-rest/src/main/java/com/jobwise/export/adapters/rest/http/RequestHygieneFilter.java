package com.jobwise.export.adapters.rest.http;

import com.jobwise.export.adapters.rest.error.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses, before authentication and before any route runs, what no route can take: a request line longer than
 * {@value #MAX_URI_LENGTH} characters (414), headers larger than {@value #MAX_HEADER_BYTES} bytes in all (431),
 * and a NUL character ({@code %00} or a decoded U+0000) in the path, a query parameter or a header (400).
 * PostgreSQL refuses NUL in text, so a NUL that got through would end as a 500 in the database; it is refused at
 * the edge instead, naming where it was. The server's own decoder limits
 * ({@code micronaut.server.netty.max-header-size}, {@code max-initial-line-length}) are set far above these, so
 * the answers here, with a problem+json {@code detail}, are the ones clients see.
 */
@ServerFilter("/**")
@Order(FilterOrders.HYGIENE)
public class RequestHygieneFilter {
    /** Longest request target (path and query) answered with anything but 414. */
    public static final int MAX_URI_LENGTH = 8192;
    /** Largest total of header names and values, in bytes, answered with anything but 431. */
    public static final int MAX_HEADER_BYTES = 16384;

    /** Lets the request through ({@code null}) or answers 400, 414 or 431. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        String target = request.getUri().toString();
        if (target.length() > MAX_URI_LENGTH) {
            return problem(HttpStatus.REQUEST_URI_TOO_LONG,
                    "The request path and query are longer than " + MAX_URI_LENGTH + " characters");
        }
        long headerBytes = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders()) {
            for (String value : header.getValue()) {
                headerBytes += header.getKey().length() + value.length() + 4;
                if (hasNul(value)) {
                    return nul("Header '" + printable(header.getKey()) + "'");
                }
            }
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            return problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "Request headers are larger than " + MAX_HEADER_BYTES + " bytes");
        }
        String rawPath = request.getUri().getRawPath();
        if (hasNul(request.getPath()) || (rawPath != null && rawPath.toLowerCase(Locale.ROOT).contains("%00"))) {
            return nul("The request path");
        }
        String rawQuery = request.getUri().getRawQuery();
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            if (hasNul(parameter.getKey()) || parameter.getValue().stream().anyMatch(RequestHygieneFilter::hasNul)) {
                return nul("Query parameter '" + printable(parameter.getKey()) + "'");
            }
        }
        if (rawQuery != null && rawQuery.toLowerCase(Locale.ROOT).contains("%00")) {
            return nul("The query string");
        }
        return null;
    }

    static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    /** The 400 answer for a NUL in {@code where}. */
    static HttpResponse<Problem> nul(String where) {
        return problem(HttpStatus.BAD_REQUEST, where + " must not contain NUL characters");
    }

    static HttpResponse<Problem> problem(HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(status.getCode(), status.getReason(), detail));
    }

    /** {@code name} without control characters, at most 64 characters, for a detail message. */
    private static String printable(String name) {
        String kept = name.replaceAll("\\p{Cntrl}", "");
        return kept.length() > 64 ? kept.substring(0, 64) + "..." : kept;
    }
}
