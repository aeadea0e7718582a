package com.jobwise.export.adapters.rest.ratelimit;

import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.application.ratelimit.ConsumeRateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
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
import io.micronaut.web.router.RouteAttributes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;
import java.util.Optional;

/**
 * Per-user rate limits of the spec ("Rate Limiting"): PDF and DOCX exports, batches and previews each
 * spend their own budget; downloads are unlimited. Runs after authentication. Every limited response
 * carries {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} (seconds) and
 * {@code RateLimit-Policy}; a spent budget answers 429 with {@code Retry-After}. Which budget a route spends is
 * its {@link RateLimited} annotation.
 */
@ServerFilter(value = "/api/v1/exports/**", methods = HttpMethod.POST)
@Order(RateLimitFilter.ORDER)
public class RateLimitFilter {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);
    /** Just after the security filter (39000), so the user is known. */
    static final int ORDER = 39250;
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private final ConsumeRateLimit rateLimits;

    public RateLimitFilter(ConsumeRateLimit rateLimits) {
        this.rateLimits = rateLimits;
    }

    /** Spends one unit, or answers 429. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> consume(HttpRequest<?> request) {
        RateLimitedOperation operation = operationOf(request);
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

    /**
     * Adds the RateLimit headers to the route's own answer; a 503 (storage or database down) gives the unit back,
     * so an outage costs the client no budget.
     */
    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        RateLimitedOperation operation = operationOf(request);
        request.getAttribute(DECISION, RateLimitDecision.class).ifPresent(spent -> {
            RateLimitDecision decision = spent;
            if (operation != null && spent.allowed() && response.code() == HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
                decision = refund(request, operation, spent);
            }
            if (operation != null && !response.getHeaders().contains("RateLimit-Limit")) {
                headers(response, decision, operation);
            }
        });
    }

    private RateLimitDecision refund(HttpRequest<?> request, RateLimitedOperation operation, RateLimitDecision spent) {
        try {
            rateLimits.refund(new UserId(request.getUserPrincipal(Authentication.class).orElseThrow().getName()),
                    operation);
            return new RateLimitDecision(true, spent.limit(), Math.min(spent.limit(), spent.remaining() + 1),
                    spent.retryAfter());
        } catch (RuntimeException e) {
            LOG.warn("Could not give back the rate limit unit of a failed {} call: {}", operation.key(), e.getMessage());
            return spent;
        }
    }

    private void headers(MutableHttpResponse<?> response, RateLimitDecision decision, RateLimitedOperation operation) {
        long reset = Math.max(0, (long) Math.ceil(decision.retryAfter().toMillis() / 1000.0));
        response.header("RateLimit-Limit", String.valueOf(decision.limit()))
                .header("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .header("RateLimit-Reset", String.valueOf(reset))
                .header("RateLimit-Policy", decision.limit() + ";w=" + rateLimits.window(operation).toSeconds());
    }

    /** The budget named by the matched route's {@link RateLimited}, or {@code null} for a route without one. */
    @Nullable
    private static RateLimitedOperation operationOf(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .flatMap(route -> route.getAnnotationMetadata().enumValue(RateLimited.class, RateLimitedOperation.class))
                .orElse(null);
    }
}
