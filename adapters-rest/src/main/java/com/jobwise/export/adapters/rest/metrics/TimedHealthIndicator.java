package com.jobwise.export.adapters.rest.metrics;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A readiness {@link HealthIndicator} (micronaut-management) for one dependency checked by a blocking call,
 * for dependencies the module has no indicator for (the object store; the JDBC indicator is built in). The
 * check runs on a virtual thread and counts as DOWN when it throws or takes longer than the timeout
 * ({@code export.health.timeout}, default 2 s). The result's details hold only the duration and the error's
 * kind (a class name, never a message: messages may carry endpoints or credentials); the health endpoint
 * shows no details to callers ({@code endpoints.health.details-visible: NEVER}), the failure is logged.
 */
public abstract class TimedHealthIndicator implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(TimedHealthIndicator.class);

    private final String name;
    private final Duration timeout;

    /** A check named {@code name} in the health result, bounded by {@code timeout}. */
    protected TimedHealthIndicator(String name, Duration timeout) {
        this.name = name;
        this.timeout = timeout;
    }

    /** Returns when the dependency answers; throws when it does not. */
    protected abstract void check() throws Exception;

    @Override
    public Publisher<HealthResult> getResult() {
        long started = System.nanoTime();
        CompletableFuture<HealthResult> result = new CompletableFuture<>();
        Thread worker = Thread.ofVirtual().name("health-" + name).start(() -> {
            try {
                check();
                result.complete(result(HealthStatus.UP, started, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.complete(result(HealthStatus.DOWN, started, "Interrupted"));
            } catch (Exception e) {
                LOG.warn("Health check {} failed: {}", name, e.getClass().getSimpleName());
                result.complete(result(HealthStatus.DOWN, started, e.getClass().getSimpleName()));
            }
        });
        CompletableFuture<HealthResult> bounded = result.completeOnTimeout(null, timeout.toNanos(),
                java.util.concurrent.TimeUnit.NANOSECONDS).thenApply(r -> {
                    if (r != null) {
                        return r;
                    }
                    worker.interrupt();
                    LOG.warn("Health check {} timed out after {}", name, timeout);
                    return result(HealthStatus.DOWN, started, "Timeout");
                });
        return Publishers.fromCompletableFuture(bounded.exceptionally(e -> result(HealthStatus.DOWN, started,
                (e instanceof CompletionException && e.getCause() != null ? e.getCause() : e).getClass().getSimpleName())));
    }

    private HealthResult result(HealthStatus status, long started, String error) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        return HealthResult.builder(name, status)
                .details(error == null ? Map.of("duration_ms", millis) : Map.of("duration_ms", millis, "error", error))
                .build();
    }
}
