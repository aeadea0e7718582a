package com.jobwise.export.adapters.rest.metrics;

import com.jobwise.export.adapters.rest.export.BatchResponse;
import com.jobwise.export.adapters.rest.export.ExportResponse;
import com.jobwise.export.adapters.rest.http.FilterOrders;
import com.jobwise.export.adapters.rest.preview.PreviewResponse;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Locale;

/**
 * Feeds {@link ExportMetrics} from every answered request: the request timer and error counter for all
 * routes, and, for the creating export routes, duration by format and template and the size of every file
 * written (read from the route's response body, so only successful exports are measured there).
 */
@ServerFilter("/**")
@Order(FilterOrders.METRICS)
@Requires(beans = MeterRegistry.class)
public class MetricsFilter {
    private static final String STARTED = MetricsFilter.class.getName() + ".started";

    private final ExportMetrics metrics;

    public MetricsFilter(ExportMetrics metrics) {
        this.metrics = metrics;
    }

    /** Notes the start time. */
    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    /** Records the request. */
    @ResponseFilter
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        int status = response.code();
        metrics.request(request.getMethodName(), uri(request, status), status, duration);
        if (status >= 400) {
            metrics.error(kind(response), status);
            return;
        }
        if (request.getMethod() != HttpMethod.POST) {
            return;
        }
        Object body = response.body();
        switch (body) {
            case ExportResponse export -> {
                metrics.exported(export.format(), export.template(), duration);
                metrics.fileWritten(export.format(), export.fileSizeBytes());
            }
            case BatchResponse batch -> {
                metrics.batched(duration);
                for (BatchResponse.Item item : batch.exports()) {
                    if (item.fileSizeBytes() != null && item.filename() != null) {
                        metrics.fileWritten(extension(item.filename()), item.fileSizeBytes());
                    }
                }
                if (batch.zipFile() != null) {
                    metrics.fileWritten("zip", batch.zipFile().fileSizeBytes());
                }
            }
            case PreviewResponse preview -> metrics.previewed(preview.template(), duration);
            case null, default -> {
            }
        }
    }

    /** The route template ({@code /api/v1/exports/files/{export_id}}), or a fixed value for unrouted answers. */
    private static String uri(HttpRequest<?> request, int status) {
        return RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .map(route -> ((UriRouteInfo<?, ?>) route).getUriMatchTemplate().toPathString())
                .orElse(status == 404 ? "NOT_FOUND" : "UNKNOWN");
    }

    /** The domain error's class name, else the status's reason in snake case. */
    private static String kind(MutableHttpResponse<?> response) {
        return RouteAttributes.getException(response)
                .map(e -> e.getClass().getSimpleName())
                .orElseGet(() -> reason(response.code()));
    }

    private static String reason(int code) {
        try {
            return HttpStatus.valueOf(code).getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        } catch (IllegalArgumentException e) {
            return "http_" + code;
        }
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "other" : filename.substring(dot + 1);
    }
}
