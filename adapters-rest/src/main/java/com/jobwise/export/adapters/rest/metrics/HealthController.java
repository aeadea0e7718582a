package com.jobwise.export.adapters.rest.metrics;

import com.jobwise.export.adapters.rest.openapi.ApiExamples;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Health probes, open to anyone (they reveal no data): {@code /health/liveness} answers 200 while the process
 * serves HTTP; {@code /health/readiness} runs every {@link ReadinessCheck} (database, object store) in
 * parallel, each bounded by {@code export.health.timeout} (default 2 s), and answers 503 when one is down;
 * {@code /health} is readiness under the conventional name.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Operations", description = "Health probes and metrics")
public class HealthController {
    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

    private final List<ReadinessCheck> checks;
    private final Duration timeout;

    public HealthController(List<ReadinessCheck> checks, @Value("${export.health.timeout:2s}") Duration timeout) {
        this.checks = checks;
        this.timeout = timeout;
    }

    /** {@code GET /health}: readiness of every component. */
    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Overall health", description = "UP with 200 when every component (database, object "
            + "store) answers; DOWN with 503 otherwise.", operationId = "health")
    @ApiResponse(responseCode = "200", description = "Every component is up", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthResponse.class),
            examples = @ExampleObject(name = "up", value = ApiExamples.HEALTH_UP)))
    @ApiResponse(responseCode = "503", description = "A component is down", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthResponse.class),
            examples = @ExampleObject(name = "down", value = ApiExamples.HEALTH_DOWN)))
    public HttpResponse<HealthResponse> health() {
        return readiness();
    }

    /** {@code GET /health/liveness}: the process is up. */
    @Get(value = "/liveness", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Liveness probe", description = "200 while the process serves HTTP; checks nothing else.",
            operationId = "liveness")
    @ApiResponse(responseCode = "200", description = "The process is up", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthResponse.class),
            examples = @ExampleObject(name = "up", value = ApiExamples.LIVENESS_UP)))
    public HealthResponse liveness() {
        return new HealthResponse(HealthResponse.UP, null);
    }

    /** {@code GET /health/readiness}: every component answers. */
    @Get(value = "/readiness", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness probe", description = "Checks the database (SELECT 1) and the object store "
            + "(a listing of the bucket) in parallel, each within a timeout; 503 when one is down.",
            operationId = "readiness")
    @ApiResponse(responseCode = "200", description = "Ready to serve", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthResponse.class),
            examples = @ExampleObject(name = "up", value = ApiExamples.HEALTH_UP)))
    @ApiResponse(responseCode = "503", description = "A component is down", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthResponse.class),
            examples = @ExampleObject(name = "down", value = ApiExamples.HEALTH_DOWN)))
    public HttpResponse<HealthResponse> readiness() {
        Map<String, HealthResponse.Component> components = new LinkedHashMap<>();
        // Not try-with-resources: close() would wait for a hung check; shutdownNow() abandons it instead.
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Map<ReadinessCheck, Future<Long>> running = new LinkedHashMap<>();
            for (ReadinessCheck check : checks) {
                running.put(check, executor.submit(() -> {
                    long started = System.nanoTime();
                    check.check();
                    return (System.nanoTime() - started) / 1_000_000;
                }));
            }
            long started = System.nanoTime();
            for (Map.Entry<ReadinessCheck, Future<Long>> entry : running.entrySet()) {
                components.put(entry.getKey().name(), await(entry.getKey(), entry.getValue(), started));
            }
        } finally {
            executor.shutdownNow();
        }
        boolean up = components.values().stream().allMatch(c -> HealthResponse.UP.equals(c.status()));
        HealthResponse body = new HealthResponse(up ? HealthResponse.UP : HealthResponse.DOWN, components);
        return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private HealthResponse.Component await(ReadinessCheck check, Future<Long> result, long started) {
        long remaining = Math.max(0, timeout.toNanos() - (System.nanoTime() - started));
        try {
            return new HealthResponse.Component(HealthResponse.UP, result.get(remaining, TimeUnit.NANOSECONDS), null);
        } catch (TimeoutException e) {
            result.cancel(true);
            LOG.warn("Readiness check {} timed out after {}", check.name(), timeout);
            return down(started, "Timeout");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warn("Readiness check {} failed: {}", check.name(), cause.getClass().getSimpleName());
            return down(started, cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(started, "Interrupted");
        }
    }

    private static HealthResponse.Component down(long started, String error) {
        return new HealthResponse.Component(HealthResponse.DOWN, (System.nanoTime() - started) / 1_000_000, error);
    }
}
