package com.jobwise.export.adapters.rest.http;

import com.jobwise.export.adapters.rest.error.BodyShapeHandler;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Refuses a JSON body holding a NUL character (a raw {@code 0x00} byte or a backslash-u-0000 escape in any string,
 * key or value) with 400 before a route reads it: PostgreSQL refuses NUL in text, and no field of this API has a
 * use for it. Runs after authentication (an anonymous caller must not make us buffer a body) on the API's
 * body-carrying methods; keeps the body in the request attribute {@link BodyShapeHandler#BODY} for the
 * decoding-error handler, which names the offending field from it.
 */
@ServerFilter(value = "/api/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
@Order(FilterOrders.NUL_BODY)
public class NulBodyFilter {
    /** Lets the request through ({@code null}) or answers 400. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        request.setAttribute(BodyShapeHandler.BODY, body);
        return hasNul(body) ? RequestHygieneFilter.nul("The request body") : null;
    }

    /**
     * Whether {@code json} holds a NUL: a {@code 0x00} byte, or a backslash-u-0000 escape (an escaped backslash
     * followed by {@code u0000} is text, not a NUL, and passes).
     */
    static boolean hasNul(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (b == 0) {
                return true;
            }
            if (b == '\\' && i + 1 < json.length) {
                if (json[i + 1] == 'u' && i + 5 < json.length && json[i + 2] == '0' && json[i + 3] == '0'
                        && json[i + 4] == '0' && json[i + 5] == '0') {
                    return true;
                }
                i++; // skip the escaped character
            }
        }
        return false;
    }
}
