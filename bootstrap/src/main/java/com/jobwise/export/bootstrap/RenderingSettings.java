package com.jobwise.export.bootstrap;

import com.jobwise.export.application.export.RenderBudget;
import com.jobwise.export.application.template.RenderGate;
import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Rendering settings ({@code export.rendering.*}).
 * <ul>
 *   <li>Bounds of a rendered document: {@code max-pages} (default 20) and {@code time-budget} (default 10 s); a
 *       longer document answers 422 "Document too long".</li>
 *   <li>Bounded rendering ({@link RenderGate}): {@code concurrency} renders at once (default: the number of
 *       cores), {@code queue} more waiting (default 16 per slot), each at most {@code queue-timeout} (default
 *       2 s); beyond that 503 with {@code Retry-After} of {@code retry-after} (default 1 s).</li>
 *   <li>Warm-up at start: {@code warm-up.enabled} (default true), {@code warm-up.rounds} (default 20) renders of
 *       every template to PDF and DOCX in the background (then one storage round trip); readiness answers DOWN until
 *       it ends.</li>
 * </ul>
 */
@ConfigurationProperties("export.rendering")
public class RenderingSettings {
    private int maxPages = RenderBudget.DEFAULT.maxPages();
    private Duration timeBudget = RenderBudget.DEFAULT.timeBudget();
    private Integer concurrency;
    private Integer queue;
    private Duration queueTimeout = Duration.ofSeconds(2);
    private Duration retryAfter = Duration.ofSeconds(1);
    private WarmUp warmUp = new WarmUp();

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public Duration getTimeBudget() {
        return timeBudget;
    }

    public void setTimeBudget(Duration timeBudget) {
        this.timeBudget = timeBudget;
    }

    /** Renders at once; default the number of cores the JVM sees. */
    public int getConcurrency() {
        return concurrency == null ? Runtime.getRuntime().availableProcessors() : concurrency;
    }

    public void setConcurrency(Integer concurrency) {
        this.concurrency = concurrency;
    }

    /** Requests that may wait for a slot; default 16 per slot. */
    public int getQueue() {
        return queue == null ? 16 * getConcurrency() : queue;
    }

    public void setQueue(Integer queue) {
        this.queue = queue;
    }

    public Duration getQueueTimeout() {
        return queueTimeout;
    }

    public void setQueueTimeout(Duration queueTimeout) {
        this.queueTimeout = queueTimeout;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }

    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** The warm-up settings ({@code export.rendering.warm-up.*}). */
    public WarmUp getWarmUp() {
        return warmUp;
    }

    public void setWarmUp(WarmUp warmUp) {
        this.warmUp = warmUp;
    }

    /** {@code export.rendering.warm-up.*}: {@code enabled} (default true) and {@code rounds} (default 20). */
    @ConfigurationProperties("warm-up")
    public static class WarmUp {
        private boolean enabled = true;
        private int rounds = 20;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getRounds() {
            return rounds;
        }

        public void setRounds(int rounds) {
            this.rounds = rounds;
        }
    }

    /** The gate every export and preview render passes (fails at startup on a bad value). */
    public RenderGate gate() {
        return new RenderGate(getConcurrency(), getQueue(), queueTimeout, retryAfter);
    }

    /** The settings as the use cases' budget (fails at startup on a bad value). */
    public RenderBudget budget() {
        return new RenderBudget(maxPages, timeBudget);
    }
}
