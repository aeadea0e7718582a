package com.jobwise.export.adapters.rest.ratelimit;

import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.application.ratelimit.ConsumeRateLimit;
import com.jobwise.export.domain.model.RateLimitedOperation;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.RateLimitDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;
import java.util.Optional;

/**
 * Per-user rate limits of the spec ("Rate Limiting"): PDF and DOCX exports, batches and previews each
 * spend their own budget; downloads are unlimited. Runs after authentication. Every limited response
 * carries {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} (seconds) and
 * {@code RateLimit-Policy}; a spent budget answers 429 with {@code Retry-After}.
 */
@ServerFilter(value = "/api/v1/exports/**", methods = HttpMethod.POST)
@Order(RateLimitFilter.ORDER)
public class RateLimitFilter {
    /** Just after the security filter (39000), so the user is known. */
    static final int ORDER = 39250;
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private static final Map<String, RateLimitedOperation> ROUTES = Map.of(
            "/api/v1/exports/pdf", RateLimitedOperation.PDF_EXPORT,
            "/api/v1/exports/docx", RateLimitedOperation.DOCX_EXPORT,
            // JSON Resume exports share the DOCX budget (same numbers, one counter).
            "/api/v1/exports/json-resume", RateLimitedOperation.DOCX_EXPORT,
            "/api/v1/exports/batch", RateLimitedOperation.BATCH_EXPORT,
            "/api/v1/exports/preview", RateLimitedOperation.PREVIEW);
    /** The text-based formats (txt, md, html, json, csv, tex) spend the PDF budget, one unit per export. */
    private static final java.util.Set<String> PDF_BUDGET_FORMATS = java.util.Set.of("/api/v1/exports/txt",
            "/api/v1/exports/md", "/api/v1/exports/html", "/api/v1/exports/json", "/api/v1/exports/csv",
            "/api/v1/exports/tex");

    private final ConsumeRateLimit rateLimits;

    public RateLimitFilter(ConsumeRateLimit rateLimits) {
        this.rateLimits = rateLimits;
    }

    /** Spends one unit, or answers 429. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> consume(HttpRequest<?> request) {
        RateLimitedOperation operation = operation(trimSlash(request.getPath()));
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        if (operation == null || user.isEmpty() || !UserId.isValid(user.get().getName())) {
            return null;
        }
        RateLimitDecision decision = rateLimits.execute(new UserId(user.get().getName()), operation);
        request.setAttribute(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        long retryAfter = Math.max(1, (long) Math.ceil(decision.retryAfter().toMillis() / 1000.0));
        MutableHttpResponse<Problem> tooMany = HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
                .contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(429, HttpStatus.TOO_MANY_REQUESTS.getReason(), "Rate limit exceeded: "
                        + decision.limit() + " " + operation.key().replace('_', ' ') + " requests per window. Retry after "
                        + retryAfter + " seconds"))
                .header("Retry-After", String.valueOf(retryAfter));
        headers(tooMany, decision, operation);
        return tooMany;
    }

    /** Adds the RateLimit headers to the route's own answer. */
    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        RateLimitedOperation operation = operation(trimSlash(request.getPath()));
        request.getAttribute(DECISION, RateLimitDecision.class).ifPresent(decision -> {
            if (operation != null && !response.getHeaders().contains("RateLimit-Limit")) {
                headers(response, decision, operation);
            }
        });
    }

    private void headers(MutableHttpResponse<?> response, RateLimitDecision decision, RateLimitedOperation operation) {
        long reset = Math.max(0, (long) Math.ceil(decision.retryAfter().toMillis() / 1000.0));
        response.header("RateLimit-Limit", String.valueOf(decision.limit()))
                .header("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .header("RateLimit-Reset", String.valueOf(reset))
                .header("RateLimit-Policy", decision.limit() + ";w=" + rateLimits.window(operation).toSeconds());
    }

    private static RateLimitedOperation operation(String path) {
        return PDF_BUDGET_FORMATS.contains(path) ? RateLimitedOperation.PDF_EXPORT : ROUTES.get(path);
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
