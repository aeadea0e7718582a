package com.jobwise.export.adapters.rest.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is 1-128 characters of
 * {@code [A-Za-z0-9._-]}, a random UUID otherwise. The id is put in the logging MDC as {@code request_id}
 * (propagated to whatever thread runs the request), echoed in the response's {@code X-Request-Id}, and
 * written with one access-log line per request (logger {@value #ACCESS_LOGGER}: method, path without query
 * string, status, duration; never headers or bodies, so no token, password or pre-signed URL).
 */
@ServerFilter("/**")
@Order(FilterOrders.REQUEST_ID)
public class RequestIdFilter {
    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";
    /** The MDC key (a field of every JSON log line). */
    public static final String MDC_KEY = "request_id";
    /** The access logger's name. */
    public static final String ACCESS_LOGGER = "com.jobwise.export.http.access";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final String ID = RequestIdFilter.class.getName() + ".id";
    private static final String STARTED = RequestIdFilter.class.getName() + ".started";
    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);

    /** Assigns the id and puts it in the MDC of the request's execution. */
    @RequestFilter
    public void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = idFor(request.getHeaders().get(HEADER));
        request.setAttribute(ID, id);
        request.setAttribute(STARTED, System.nanoTime());
        Map<String, String> mdc = new HashMap<>();
        Map<String, String> current = MDC.getCopyOfContextMap();
        if (current != null) {
            mdc.putAll(current);
        }
        mdc.put(MDC_KEY, id);
        context.add(new MdcPropagationContext(mdc));
    }

    /** Echoes the id and writes the access-log line. */
    @ResponseFilter
    public void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = requestId(request);
        response.getHeaders().set(HEADER, id);
        if (ACCESS.isInfoEnabled()) {
            long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
            long millis = (System.nanoTime() - started) / 1_000_000;
            Map<String, String> previous = MDC.getCopyOfContextMap();
            try {
                MDC.put(MDC_KEY, id);
                MDC.put("http_method", request.getMethodName());
                MDC.put("http_path", request.getPath());
                MDC.put("http_status", String.valueOf(response.code()));
                MDC.put("duration_ms", String.valueOf(millis));
                ACCESS.info("{} {} {} {} ms", request.getMethodName(), request.getPath(), response.code(), millis);
            } finally {
                if (previous == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(previous);
                }
            }
        }
    }

    /** The id of {@code request} (assigned by this filter), or a fresh one when the filter has not run. */
    public static String requestId(HttpRequest<?> request) {
        return request.getAttribute(ID, String.class).orElseGet(() -> idFor(request.getHeaders().get(HEADER)));
    }

    /** {@code candidate} when it is a valid id, a random UUID otherwise. */
    static String idFor(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
