package com.jobwise.export.adapters.rest.job;

import com.jobwise.export.application.job.CountActiveJobs;
import com.jobwise.export.domain.job.IJobMetrics;
import com.jobwise.export.domain.job.JobStatus;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

import java.time.Duration;

/**
 * The jobs' Prometheus metrics:
 * <ul>
 *   <li>{@code export_jobs_queue_depth} (gauge): jobs queued or running on every instance, read from the database
 *       at each scrape ({@code NaN} when it cannot be read);</li>
 *   <li>{@code export_jobs_duration_seconds} (timer, tag {@code status}): creation to finish of the jobs this
 *       instance finished;</li>
 *   <li>{@code export_jobs_items} (distribution summary, tag {@code status}): items per finished job.</li>
 * </ul>
 */
@Context
@Requires(beans = {MeterRegistry.class, CountActiveJobs.class})
public class MicrometerJobMetrics implements IJobMetrics {
    public static final String QUEUE_DEPTH = "export.jobs.queue.depth";
    public static final String DURATION = "export.jobs.duration";
    public static final String ITEMS = "export.jobs.items";

    private static final Duration[] DURATION_BUCKETS = {Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15)};
    private static final double[] ITEM_BUCKETS = {1, 2, 5, 10, 20, 50, 100};

    private final MeterRegistry registry;

    public MicrometerJobMetrics(MeterRegistry registry, CountActiveJobs countActive) {
        this.registry = registry;
        Gauge.builder(QUEUE_DEPTH, countActive, MicrometerJobMetrics::depth)
                .description("Export jobs queued or running, all instances").register(registry);
    }

    private static double depth(CountActiveJobs countActive) {
        try {
            return countActive.execute();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public void jobFinished(JobStatus status, Duration duration, int items) {
        Timer.builder(DURATION).description("Time from creating an export job to its end")
                .tag("status", status.wireName()).serviceLevelObjectives(DURATION_BUCKETS).register(registry)
                .record(duration);
        DistributionSummary.builder(ITEMS).description("Items per finished export job")
                .tag("status", status.wireName()).serviceLevelObjectives(ITEM_BUCKETS).register(registry)
                .record(items);
    }
}
