package com.jobwise.export.adapters.rest.http;

/**
 * The order of the service's HTTP filters, lowest first on the way in (responses pass them in reverse):
 * request id, security headers, metrics, CORS and the declared-length body limit run before Micronaut's
 * security filter ({@value #SECURITY}); idempotency runs after it (it reads the body, which an anonymous
 * caller must not make us buffer, and needs the user), and before the rate limit, so a replayed response
 * spends no rate budget. Chunked bodies are limited by the server ({@code micronaut.server.max-request-size}).
 */
public final class FilterOrders {
    /** Assigns the request id, so every later log line and every response carries it. */
    public static final int REQUEST_ID = -400;
    /** Adds the security headers to every response, including those answered by later filters. */
    public static final int SECURITY_HEADERS = -300;
    /** Times every request and counts errors. */
    public static final int METRICS = -200;
    /** Answers CORS preflights before authentication (browsers send them without credentials). */
    public static final int CORS = -100;
    /** Refuses NUL characters in the path, query and headers, overlong targets (414) and headers (431). */
    public static final int HYGIENE = -60;
    /** Refuses oversized JSON bodies before anything reads them. */
    public static final int BODY_LIMIT = -50;
    /** Micronaut's {@code SecurityFilter} order, for reference. */
    public static final int SECURITY = 39000;
    /** Refuses a JSON body holding a NUL character, once the caller is authenticated. */
    public static final int NUL_BODY = 39050;
    /** Replays or reserves Idempotency-Keys, once the user is known. */
    public static final int IDEMPOTENCY = 39100;
    /** The rate-limit filter ({@code RateLimitFilter.ORDER}), for reference. */
    public static final int RATE_LIMIT = 39250;

    private FilterOrders() {
    }
}
