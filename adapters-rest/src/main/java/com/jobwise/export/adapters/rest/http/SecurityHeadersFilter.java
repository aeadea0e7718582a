package com.jobwise.export.adapters.rest.http;

import com.jobwise.export.adapters.rest.openapi.SwaggerUi;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Puts the security headers on every response the application answers (routes, errors, 401/404 from the
 * framework, responses of other filters): {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY}, {@code Strict-Transport-Security} (one year, sub-domains),
 * {@code Referrer-Policy: no-referrer}; and, unless the route chose its own, a {@code Content-Security-Policy}
 * that allows nothing ({@code default-src 'none'; frame-ancestors 'none'}), or Swagger UI's own policy
 * ({@link SwaggerUi#csp()}) under {@code /swagger-ui}, and {@code Cache-Control: no-store}.
 */
@ServerFilter("/**")
@Order(FilterOrders.SECURITY_HEADERS)
public class SecurityHeadersFilter {
    /** One year, as the HSTS preload list asks. */
    public static final String HSTS = "max-age=31536000; includeSubDomains";
    /** For API responses, which are never rendered as documents. */
    public static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    /** Adds the headers. */
    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Strict-Transport-Security", HSTS);
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", SwaggerUi.serves(request.getPath()) ? SwaggerUi.csp() : CSP);
        }
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }
}
