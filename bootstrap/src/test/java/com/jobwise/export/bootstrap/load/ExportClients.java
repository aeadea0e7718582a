package com.jobwise.export.bootstrap.load;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop HTTP clients of the export API (JDK HttpClient, HTTP/1.1, 10 s timeout per request): each client is
 * one user exporting its own generation to PDF ({@code POST /api/v1/exports/pdf}) again as soon as the previous
 * export answered. Latencies of successful exports go into an HdrHistogram (microseconds, 3 significant digits).
 */
final class ExportClients {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;

    ExportClients(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** One user of the run: its id, bearer token and the generation it exports. */
    record User(String id, String token, String generationId) {
    }

    /** What one export request got: a status (0 when none came) or the failure's name, and its duration. */
    record Outcome(int status, boolean retryAfter, String failure, long nanos) {
        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        /** Refused by an overload guard: 503 with {@code Retry-After}. */
        boolean rejected() {
            return status == 503 && retryAfter;
        }

        String errorName() {
            return failure != null ? failure : "HTTP " + status;
        }
    }

    /** What {@code clients} users did in one measured period. */
    record LevelResult(int clients, double seconds, Histogram latencyMicros, long rejected, Map<String, Long> errors) {
        long exports() {
            return latencyMicros.getTotalCount();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        double throughput() {
            return exports() / seconds;
        }

        /** The {@code percentile} latency in milliseconds (NaN without a successful export). */
        double millis(double percentile) {
            return exports() == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return exports() == 0 ? Double.NaN : latencyMicros.getMaxValue() / 1000.0;
        }
    }

    /** Called by the level runner at the start and the end of the measured period. */
    interface Window {
        void opened();

        void closed();
    }

    /**
     * Imports {@code sample} (a generation document as in {@code examples/generations}) for the token's user.
     *
     * @return the new generation's id
     * @throws IOException when the service does not answer 201 with an id
     */
    String importGeneration(String token, byte[] sample) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/generations"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(sample))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() / 100 != 2 || !id.find()) {
            throw new IOException("importing the sample answered " + response.statusCode() + ": " + response.body());
        }
        return id.group(1);
    }

    /** One PDF export of {@code user}'s generation with the clients' 10 s timeout (see below). */
    Outcome export(User user) throws InterruptedException {
        return export(user, TIMEOUT);
    }

    /** One PDF export of {@code user}'s generation, timed from sending to the last byte of the answer. */
    Outcome export(User user, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/exports/pdf")).timeout(timeout)
                .header("Authorization", "Bearer " + user.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"generation_id\":\"" + user.generationId() + "\"}"))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), response.headers().firstValue("Retry-After").isPresent(), null,
                    System.nanoTime() - start);
        } catch (HttpTimeoutException e) {
            return new Outcome(0, false, "timeout (" + timeout.toSeconds() + " s)", System.nanoTime() - start);
        } catch (IOException e) {
            return new Outcome(0, false, "I/O: " + e.getClass().getSimpleName(), System.nanoTime() - start);
        }
    }

    /**
     * Runs {@code clients} closed-loop clients (users {@code 0..clients-1}) for {@code warmUp} (not recorded), then
     * records every export that completes within the next {@code measured}. The clients then stop sending and the
     * last requests are awaited. At most {@code maxRequests} requests are sent in all (warm-up included).
     */
    LevelResult run(int clients, List<User> users, Duration warmUp, Duration measured, long maxRequests,
                    Window window) throws InterruptedException {
        AtomicLong budget = new AtomicLong(maxRequests);
        long windowStart = System.nanoTime() + warmUp.toNanos();
        long windowEnd = windowStart + measured.toNanos();
        List<Client> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(users.get(i), windowStart, windowEnd, budget);
            running.add(client);
            client.thread = Thread.ofPlatform().name("load-client-" + i).daemon().start(client);
        }
        sleepUntil(windowStart);
        window.opened();
        sleepUntil(windowEnd);
        window.closed();
        Histogram all = newHistogram();
        long rejected = 0;
        Map<String, Long> errors = new TreeMap<>();
        for (Client client : running) {
            client.thread.join(TIMEOUT.toMillis() + 5_000);
            all.add(client.latencies);
            rejected += client.rejected;
            client.errors.forEach((name, count) -> errors.merge(name, count, Long::sum));
        }
        return new LevelResult(clients, measured.toNanos() / 1e9, all, rejected, errors);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    static Histogram newHistogram() {
        return new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
    }

    /** One closed-loop client; its counts are read after its thread ended. */
    private final class Client implements Runnable {
        final User user;
        final long windowStart;
        final long windowEnd;
        final AtomicLong budget;
        final Histogram latencies = newHistogram();
        final Map<String, Long> errors = new TreeMap<>();
        long rejected;
        Thread thread;

        Client(User user, long windowStart, long windowEnd, AtomicLong budget) {
            this.user = user;
            this.budget = budget;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < windowEnd && budget.decrementAndGet() >= 0) {
                    Outcome outcome = export(user);
                    long done = System.nanoTime();
                    if (done < windowStart || done > windowEnd) {
                        continue;
                    }
                    if (outcome.succeeded()) {
                        latencies.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(outcome.nanos()),
                                latencies.getHighestTrackableValue()));
                    } else if (outcome.rejected()) {
                        rejected++;
                    } else {
                        errors.merge(outcome.errorName(), 1L, Long::sum);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
