package com.jobwise.export.adapters.rest.metrics;

import com.jobwise.export.domain.template.TemplateCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Locale;

/**
 * The service's own meters (Prometheus names in brackets):
 * <ul>
 *   <li>{@value #EXPORT_DURATION} [{@code export_duration_seconds}]: time to answer a created PDF or DOCX
 *       export, histogram by {@code format} and {@code template};</li>
 *   <li>{@value #BATCH_DURATION} [{@code export_batch_duration_seconds}] and {@value #PREVIEW_DURATION}
 *       [{@code export_preview_duration_seconds}, by {@code template}]: the same for batches and previews;</li>
 *   <li>{@value #FILE_SIZE} [{@code export_file_size_bytes}]: size of every file written, histogram by
 *       {@code format} ({@code pdf}, {@code docx}, {@code zip});</li>
 *   <li>{@value #ERRORS} [{@code http_server_errors_total}]: answers with status 400 or more, by {@code kind}
 *       (the domain error's class, e.g. {@code GenerationNotFoundException}, or the status's reason,
 *       e.g. {@code unauthorized}) and {@code status};</li>
 *   <li>{@value #REQUESTS} [{@code http_server_requests_seconds}]: every request by {@code method},
 *       {@code uri} (the route template, never the raw path) and {@code status}.</li>
 * </ul>
 * Tag values are bounded: a template outside the catalogue counts as {@code other}.
 */
@Singleton
public class ExportMetrics {
    public static final String EXPORT_DURATION = "export.duration";
    public static final String BATCH_DURATION = "export.batch.duration";
    public static final String PREVIEW_DURATION = "export.preview.duration";
    public static final String FILE_SIZE = "export.file.size";
    public static final String ERRORS = "http.server.errors";
    public static final String REQUESTS = "http.server.requests";

    /** Histogram buckets for durations: 25 ms to 30 s. */
    static final Duration[] DURATION_BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};
    /** Histogram buckets for file sizes: 10 KB to 25 MB. */
    static final double[] SIZE_BUCKETS = {10_240, 51_200, 102_400, 262_144, 524_288, 1_048_576, 2_621_440,
            5_242_880, 10_485_760, 26_214_400};

    private final MeterRegistry registry;

    public ExportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records a created PDF or DOCX export. */
    public void exported(String format, String template, Duration duration) {
        Timer.builder(EXPORT_DURATION).description("Time to create one export")
                .tag("format", bounded(format)).tag("template", template(template))
                .serviceLevelObjectives(DURATION_BUCKETS).register(registry).record(duration);
    }

    /** Records a batch. */
    public void batched(Duration duration) {
        Timer.builder(BATCH_DURATION).description("Time to create one batch of exports")
                .serviceLevelObjectives(DURATION_BUCKETS).register(registry).record(duration);
    }

    /** Records a preview. */
    public void previewed(String template, Duration duration) {
        Timer.builder(PREVIEW_DURATION).description("Time to render one preview")
                .tag("template", template(template))
                .serviceLevelObjectives(DURATION_BUCKETS).register(registry).record(duration);
    }

    /** Records the size of a written file. */
    public void fileWritten(String format, long bytes) {
        DistributionSummary.builder(FILE_SIZE).description("Size of the files written").baseUnit("bytes")
                .tag("format", bounded(format)).serviceLevelObjectives(SIZE_BUCKETS).register(registry).record(bytes);
    }

    /** Counts an error answer. */
    public void error(String kind, int status) {
        Counter.builder(ERRORS).description("Answers with a 4xx or 5xx status")
                .tag("kind", kind).tag("status", String.valueOf(status)).register(registry).increment();
    }

    /** Times an answered request. */
    public void request(String method, String uri, int status, Duration duration) {
        Timer.builder(REQUESTS).description("HTTP requests answered")
                .tag("method", method).tag("uri", uri).tag("status", String.valueOf(status))
                .register(registry).record(duration);
    }

    private static String template(String template) {
        return template != null && TemplateCatalog.find(template).isPresent() ? template : "other";
    }

    private static String bounded(String format) {
        String value = format == null ? "" : format.toLowerCase(Locale.ROOT);
        return switch (value) {
            case "pdf", "docx", "zip", "png", "json-resume", "txt", "md", "html", "json", "csv", "tex" -> value;
            default -> "other";
        };
    }
}
