package com.jobwise.export.adapters.rest.metrics;

import com.jobwise.export.adapters.rest.openapi.ApiExamples;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /prometheus}: the Prometheus text exposition of every meter (see {@link ExportMetrics}, plus the
 * JVM meters bootstrap binds). Unauthenticated, as scrapers expect; keep the port off the public internet or
 * switch the route off with {@code export.metrics.prometheus.enabled: false}.
 */
@Controller("/prometheus")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(beans = PrometheusMeterRegistry.class)
@Requires(property = "export.metrics.prometheus.enabled", notEquals = "false")
@Tag(name = "Operations")
public class PrometheusController {
    /** The Prometheus text format's media type. */
    public static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public PrometheusController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** The scrape. */
    @Get(produces = TEXT_FORMAT)
    @Operation(summary = "Prometheus metrics", operationId = "prometheus", description = "Export durations by "
            + "format and template, file sizes by format, error counts by kind, request timings and JVM meters, "
            + "in the Prometheus text format 0.0.4.")
    @ApiResponse(responseCode = "200", description = "The scrape", content = @Content(mediaType = "text/plain",
            schema = @Schema(type = "string"), examples = @ExampleObject(name = "scrape", value = ApiExamples.PROMETHEUS)))
    public HttpResponse<String> scrape() {
        return HttpResponse.ok(registry.scrape()).contentType(TEXT_FORMAT);
    }
}
