package com.jobwise.export.bootstrap.operations;

import com.jobwise.export.application.export.WarmUpStorage;
import com.jobwise.export.application.template.WarmUpRenderers;
import com.jobwise.export.bootstrap.RenderingSettings;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Warms the service in the background once the server has started, so the first export answers like the rest:
 * the renderers ({@link WarmUpRenderers}: fonts, templates, the JIT), then the storage path ({@link WarmUpStorage}:
 * one PUT, DELETE and row lookup). Readiness ({@code /health}, {@code /health/readiness}) answers DOWN as
 * {@value #NAME} until it has ended, so a load balancer sends no traffic to a cold instance. A failed step is
 * logged and counts as ended: it costs speed, not availability. Off with
 * {@code export.rendering.warm-up.enabled: false} (as the end-to-end tests start the service).
 */
@Singleton
public class ServiceWarmUp implements ApplicationEventListener<ServerStartupEvent>, HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceWarmUp.class);
    static final String NAME = "warm-up";

    private final WarmUpRenderers renderers;
    private final WarmUpStorage storage;
    private final boolean enabled;
    private volatile boolean done;
    private boolean started;

    public ServiceWarmUp(WarmUpRenderers renderers, WarmUpStorage storage, RenderingSettings settings) {
        this.renderers = renderers;
        this.storage = storage;
        this.enabled = settings.getWarmUp().isEnabled();
        this.done = !enabled;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        start();
    }

    /** Starts the warm-up on its own daemon thread, unless it is off or already ran. */
    synchronized void start() {
        if (!enabled || started) {
            return;
        }
        started = true;
        Thread.ofPlatform().name(NAME).daemon(true).start(this::run);
    }

    private void run() {
        try {
            WarmUpRenderers.Result result = renderers.execute();
            LOG.info("Renderers warmed: {} documents in {} ms", result.renders(), result.duration().toMillis());
        } catch (RuntimeException e) {
            LOG.warn("Rendering warm-up failed; the first exports will be slower", e);
        }
        try {
            storage.execute();
        } catch (RuntimeException e) {
            LOG.warn("Storage warm-up failed ({}); the first export will be slower", e.getClass().getSimpleName());
        } finally {
            done = true;
        }
    }

    /** Whether the warm-up has ended (or is off). */
    public boolean isDone() {
        return done;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder(NAME, done ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("warm", done)).build());
    }
}
