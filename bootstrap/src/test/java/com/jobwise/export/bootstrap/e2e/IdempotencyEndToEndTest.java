package com.jobwise.export.bootstrap.e2e;

import com.jobwise.export.adapters.s3.S3ObjectStore;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency-Key on the real service (PostgreSQL, S3 on S3Proxy): a retried {@code POST /exports/pdf} leaves
 * exactly one export row and one S3 object, a different body with the same key answers 422, and duplicates
 * racing on two instances that share the database still create one export.
 */
class IdempotencyEndToEndTest {
    static RunningService service;
    static RunningService second;
    static JsonMapper json;

    @BeforeAll
    static void start() {
        service = RunningService.onPostgres(Map.of("export.cleanup.enabled", false));
        second = RunningService.sharing(service, Map.of("export.cleanup.enabled", false));
        json = service.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        service.close();
    }

    static String generation(String user) {
        Map<String, Object> sample = Samples.all(json).stream()
                .filter(e -> e.getKey().equals("resume-new-graduate.json")).findFirst().orElseThrow().getValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> created = service.http().retrieve(service.as(user,
                HttpRequest.POST("/api/v1/generations", sample)), Map.class);
        return (String) created.get("id");
    }

    static long exportRows(String user) throws SQLException {
        try (Connection c = service.pool()
                .getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM exports WHERE user_id = ?")) {
            s.setString(1, user);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static long objects(RunningService instance, String user) {
        return instance.context().getBean(S3ObjectStore.class).list("exports/" + user + "/").size();
    }

    static HttpResponse<String> post(RunningService instance, String user, String path, String body, String key) {
        MutableHttpRequest<String> request = instance.as(user, HttpRequest.POST(path, body)
                .contentType("application/json").header("Idempotency-Key", key));
        try {
            return instance.http().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(HttpResponse<String> response) {
        try {
            return json.readValue(response.getBody(String.class).orElseThrow(), Map.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anIdempotentRetryOfAPdfExportLeavesExactlyOneExportAndOneS3Object() throws SQLException {
        String user = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"generation_id\":\"" + generation(user) + "\",\"template\":\"modern\"}";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(service, user, "/api/v1/exports/pdf", body, key);
        HttpResponse<String> retry = post(service, user, "/api/v1/exports/pdf", body, key);
        HttpResponse<String> retryElsewhere = post(second, user, "/api/v1/exports/pdf", body, key);

        assertThat(first.code()).isEqualTo(201);
        assertThat(retry.code()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retryElsewhere.header("Idempotency-Replayed")).as("the record is in the shared database").isEqualTo("true");
        assertThat(body(retry)).isEqualTo(body(first));
        assertThat(body(retryElsewhere)).isEqualTo(body(first));
        assertThat(exportRows(user)).isEqualTo(1);
        assertThat(objects(service, user) + objects(second, user)).isEqualTo(1);
        String key2 = "exports/" + user + "/" + body(first).get("export_id") + ".pdf";
        assertThat(service.context().getBean(S3ObjectStore.class).exists(key2)).isTrue();
    }

    @Test
    void theSameKeyWithAnotherBodyAnswers422AndCreatesNothing() throws SQLException {
        String user = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        String generation = generation(user);
        String key = UUID.randomUUID().toString();
        assertThat(post(service, user, "/api/v1/exports/pdf", "{\"generation_id\":\"" + generation + "\"}", key).code())
                .isEqualTo(201);

        HttpResponse<String> other = post(service, user, "/api/v1/exports/pdf",
                "{\"generation_id\":\"" + generation + "\",\"template\":\"classic\"}", key);

        assertThat(other.code()).isEqualTo(422);
        assertThat(other.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(body(other)).containsEntry("detail", "Idempotency-Key was already used with a different request");
        assertThat(exportRows(user)).isEqualTo(1);
    }

    @Test
    void duplicatesRacingOnTwoInstancesCreateOneExport() throws Exception {
        String user = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"generation_id\":\"" + generation(user) + "\"}";
        String key = UUID.randomUUID().toString();
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<String> outcomes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                RunningService instance = i % 2 == 0 ? service : second;
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return post(instance, user, "/api/v1/exports/pdf", body, key);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            for (Future<HttpResponse<String>> result : results) {
                HttpResponse<String> response = result.get();
                outcomes.add(response.code() + ("true".equals(response.header("Idempotency-Replayed")) ? " replayed" : ""));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).isSubsetOf("201", "201 replayed", "409");
        assertThat(outcomes).filteredOn("201"::equals).hasSize(1);
        assertThat(exportRows(user)).isEqualTo(1);
        assertThat(objects(service, user) + objects(second, user)).isEqualTo(1);
    }
}
