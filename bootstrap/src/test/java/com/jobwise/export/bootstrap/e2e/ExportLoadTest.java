package com.jobwise.export.bootstrap.e2e;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load harness (not part of {@code ./test.sh}; run with {@code scripts/load.sh}): the whole service on
 * PostgreSQL and S3Proxy, {@code CLIENTS} users exporting the two-page sample to PDF in a loop for
 * {@code DURATION}, bounded in count and time, loopback only. Asserts that every request succeeded and
 * prints throughput and latency percentiles, which go into {@code docs/benchmarks.md}.
 */
@Tag("load")
class ExportLoadTest {
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("LOAD_CLIENTS", "8"));
    static final Duration DURATION = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("LOAD_SECONDS", "30")));
    static final int MAX_REQUESTS = 20_000;

    @Test
    void concurrentPdfExportsAllSucceed() throws Exception {
        try (RunningService service = RunningService.onPostgres(Map.of(
                "export.rate-limits.pdf-export.capacity", 1_000_000, "export.cleanup.enabled", false))) {
            List<String> users = new ArrayList<>();
            List<String> generations = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String user = "load-" + UUID.randomUUID().toString().substring(0, 8);
                users.add(user);
                generations.add(LifecycleEndToEndTest.importSample(service, user, "resume-backend-engineer.json"));
            }
            warmUp(service, users.getFirst(), generations.getFirst());

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger sent = new AtomicInteger();
            long deadline = System.nanoTime() + DURATION.toNanos();
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    String user = users.get(c);
                    String token = service.token(user);
                    String generation = generations.get(c);
                    clients.add(pool.submit(() -> {
                        while (System.nanoTime() < deadline && sent.incrementAndGet() <= MAX_REQUESTS) {
                            long t0 = System.nanoTime();
                            try {
                                service.http().exchange(HttpRequest.POST("/api/v1/exports/pdf",
                                        Map.of("generation_id", generation)).bearerAuth(token), Map.class);
                                latencies.add(System.nanoTime() - t0);
                            } catch (HttpClientResponseException e) {
                                failures.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> client : clients) {
                    client.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("%nLOAD: %d clients, %.1f s: %d PDF exports, %d failed, %.1f exports/s, "
                            + "latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n%n",
                    CLIENTS, seconds, sorted.size(), failures.get(), sorted.size() / seconds, pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
            assertThat(failures.get()).isZero();
            assertThat(sorted).isNotEmpty();
        }
    }

    private static void warmUp(RunningService service, String user, String generation) {
        for (int i = 0; i < 20; i++) {
            service.http().exchange(service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                    Map.of("generation_id", generation))), Map.class);
        }
    }

    private static double pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
