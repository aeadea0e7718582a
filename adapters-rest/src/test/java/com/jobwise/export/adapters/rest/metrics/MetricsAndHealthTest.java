package com.jobwise.export.adapters.rest.metrics;

import com.jobwise.export.adapters.rest.OperationsTestFactory.SwitchableCheck;
import com.jobwise.export.adapters.rest.TestTokens;
import io.micronaut.context.annotation.Property;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /prometheus} after real requests (export durations by format and template, file sizes, errors by
 * kind) and the health probes with working, failing and hanging dependencies.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
@Property(name = "export.health.timeout", value = "300ms")
class MetricsAndHealthTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    @Named("database")
    SwitchableCheck database;
    @Inject
    @Named("storage")
    SwitchableCheck storage;

    final String user = TestTokens.newUser("metrics");

    @AfterEach
    void heal() {
        database.failWith(null);
        storage.failWith(null);
        storage.delay(0);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURI() + path));
    }

    HttpResponse<String> post(String path, String body) {
        return send(get(path).header("Authorization", "Bearer " + TestTokens.valid(user))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json(String body) {
        try {
            return mapper.readValue(body, Map.class);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    String scrape() {
        HttpResponse<String> scrape = send(get("/prometheus"));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        return scrape.body();
    }

    /** The value of the sample {@code name{labels}} in the scrape, 0 when absent. */
    static double sample(String scrape, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void exportsAreMeasuredByFormatAndTemplateWithTheirSizes() {
        String generation = (String) json(post("/api/v1/generations",
                "{\"document_type\":\"resume\",\"content_text\":\"Jane Doe\\nEngineer\"}").body()).get("id");
        String before = scrape();

        HttpResponse<String> pdf = post("/api/v1/exports/pdf", "{\"generation_id\":\"" + generation + "\",\"template\":\"classic\"}");
        HttpResponse<String> docx = post("/api/v1/exports/docx", "{\"generation_id\":\"" + generation + "\"}");
        assertThat(pdf.statusCode()).isEqualTo(201);
        assertThat(docx.statusCode()).isEqualTo(201);
        long pdfSize = ((Number) json(pdf.body()).get("file_size_bytes")).longValue();

        String after = scrape();
        assertThat(sample(after, "export_duration_seconds_count", "format=\"pdf\",template=\"classic\"")
                - sample(before, "export_duration_seconds_count", "format=\"pdf\",template=\"classic\"")).isEqualTo(1);
        assertThat(sample(after, "export_duration_seconds_count", "format=\"docx\",template=\"modern\"")
                - sample(before, "export_duration_seconds_count", "format=\"docx\",template=\"modern\"")).isEqualTo(1);
        assertThat(after).contains("export_duration_seconds_bucket{format=\"pdf\",template=\"classic\",le=\"0.1\"}");
        assertThat(sample(after, "export_file_size_bytes_sum", "format=\"pdf\"")
                - sample(before, "export_file_size_bytes_sum", "format=\"pdf\"")).isEqualTo(pdfSize);
        assertThat(after).contains("export_file_size_bytes_bucket{format=\"pdf\",le=\"10240.0\"}");
        assertThat(after).contains("http_server_requests_seconds_count{method=\"POST\",status=\"201\",uri=\"/api/v1/exports/pdf\"}");
    }

    @Test
    void errorsAreCountedByKindAndStatus() {
        String generation = (String) json(post("/api/v1/generations",
                "{\"document_type\":\"resume\",\"content_text\":\"Jane Doe\\nEngineer\"}").body()).get("id");
        String before = scrape();

        HttpResponse<String> missing = post("/api/v1/exports/pdf", "{\"generation_id\":\"" + UUID.randomUUID() + "\"}");
        HttpResponse<String> anonymous = send(get("/api/v1/exports/files"));
        HttpResponse<String> unknownTemplate = post("/api/v1/exports/pdf",
                "{\"generation_id\":\"" + generation + "\",\"template\":\"futuristic\"}");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(unknownTemplate.statusCode()).isEqualTo(400);
        String after = scrape();
        for (String labels : java.util.List.of("kind=\"GenerationNotFoundException\",status=\"404\"",
                "kind=\"AuthorizationException\",status=\"401\"", "kind=\"TemplateNotFoundException\",status=\"400\"")) {
            assertThat(sample(after, "http_server_errors_total", labels)
                    - sample(before, "http_server_errors_total", labels)).as(labels).isEqualTo(1);
        }
        assertThat(after).as("user input never becomes a tag value").doesNotContain("futuristic");
    }

    @Test
    void livenessAndReadinessAreUpWithoutAToken() {
        HttpResponse<String> liveness = send(get("/health/liveness"));
        HttpResponse<String> readiness = send(get("/health/readiness"));
        HttpResponse<String> health = send(get("/health"));

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness.body())).isEqualTo(Map.of("status", "UP"));
        for (HttpResponse<String> up : java.util.List.of(readiness, health)) {
            assertThat(up.statusCode()).isEqualTo(200);
            Map<String, Object> body = json(up.body());
            assertThat(body).containsEntry("status", "UP");
            // micronaut-management with details-visible: NEVER: the status only, no components.
            assertThat(body).as("no component details for callers").containsOnlyKeys("status");
        }
    }

    /** The indicator's result, waited for. */
    static HealthResult result(HealthIndicator indicator) {
        java.util.concurrent.CompletableFuture<HealthResult> result = new java.util.concurrent.CompletableFuture<>();
        indicator.getResult().subscribe(new Subscriber<HealthResult>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult value) {
                result.complete(value);
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
            }
        });
        return result.join();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> details(HealthResult result) {
        return (Map<String, Object>) result.getDetails();
    }

    @Test
    void eachIndicatorReportsItsDurationAndOnlyTheKindOfItsError() {
        database.failWith(new SQLTransientConnectionException("connect to db.internal:5432 as admin/secret refused"));

        HealthResult down = result(database);
        HealthResult up = result(storage);

        assertThat(down.getName()).isEqualTo("database");
        assertThat(down.getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(details(down)).containsEntry("error", "SQLTransientConnectionException")
                .containsKey("duration_ms");
        assertThat(down.getDetails().toString()).doesNotContain("db.internal").doesNotContain("secret");
        assertThat(up.getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(details(up)).containsOnlyKeys("duration_ms");
    }

    @Test
    void aFailingDependencyMakesReadinessDownWithoutItsMessage() {
        database.failWith(new SQLTransientConnectionException("connect to db.internal:5432 as admin/secret refused"));

        HttpResponse<String> readiness = send(get("/health/readiness"));
        HttpResponse<String> liveness = send(get("/health/liveness"));

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).doesNotContain("db.internal").doesNotContain("secret");
        Map<String, Object> body = json(readiness.body());
        assertThat(body).containsEntry("status", "DOWN");
        assertThat(body).as("no component details for callers (the kind is logged)").containsOnlyKeys("status");
        assertThat(liveness.statusCode()).as("liveness does not depend on the database").isEqualTo(200);
    }

    @Test
    void aHangingDependencyIsDownAfterTheTimeout() {
        storage.delay(5_000);

        long started = System.nanoTime();
        HttpResponse<String> readiness = send(get("/health/readiness"));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(millis).as("answered after the 300 ms timeout, not the 5 s hang").isLessThan(3_000);
        HealthResult hung = result(storage);
        assertThat(hung.getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(details(hung)).containsEntry("error", "Timeout");
        assertThat(result(database).getStatus()).isEqualTo(HealthStatus.UP);
    }
}
