package com.jobwise.export.bootstrap.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Creating jobs and waiting for them through the running service's HTTP API. */
final class JobTestSupport {
    /** Fast scheduler settings for tests: short polls, a 0.5 s heartbeat, dead after 4 missed (2 s). */
    static final Map<String, Object> FAST = Map.of(
            "export.jobs.polling-interval", "200ms",
            "export.jobs.heartbeat-interval", "500ms",
            "export.jobs.missed-heartbeats", 4,
            "export.jobs.shutdown-max-wait", "1s",
            "export.jobs.retry-delay", "1s",
            "export.webhooks.retry-delay", "1s",
            "export.rate-limits.pdf-export.capacity", 100_000,
            "export.rate-limits.docx-export.capacity", 100_000,
            "export.cleanup.enabled", false);

    private JobTestSupport() {
    }

    /** {@link #FAST} plus {@code extra}. */
    static Map<String, Object> fast(Map<String, Object> extra) {
        Map<String, Object> all = new LinkedHashMap<>(FAST);
        all.putAll(extra);
        return all;
    }

    @SuppressWarnings("unchecked")
    static HttpResponse<Map<String, Object>> create(RunningService service, String user, String path,
                                                    Map<String, Object> body) {
        return (HttpResponse<Map<String, Object>>) (HttpResponse<?>) service.http().exchange(
                service.as(user, HttpRequest.POST(path, body)), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> get(RunningService service, String user, String jobId) {
        return service.http().retrieve(service.as(user, HttpRequest.GET("/api/v1/exports/jobs/" + jobId)), Map.class);
    }

    /** Polls the job every 50 ms until {@code until} holds; fails after {@code timeout}. */
    static Map<String, Object> await(RunningService service, String user, String jobId, Duration timeout,
                                     Predicate<Map<String, Object>> until) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> job = get(service, user, jobId);
        while (!until.test(job)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + jobId + " did not get there in " + timeout + ": " + job);
            }
            Thread.sleep(50);
            job = get(service, user, jobId);
        }
        return job;
    }

    static boolean finished(Map<String, Object> job) {
        return switch ((String) job.get("status")) {
            case "completed", "failed", "cancelled" -> true;
            default -> false;
        };
    }

    /** The status code and problem detail of a request expected to fail. */
    static String failure(RunningService service, HttpRequest<?> request) {
        try {
            service.http().exchange(request, Argument.of(String.class), Argument.of(String.class));
            return "no failure";
        } catch (HttpClientResponseException e) {
            return e.code() + " " + e.getResponse().getBody(String.class).orElse("");
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
