package com.jobwise.export.adapters.rest.idempotency;

import com.jobwise.export.adapters.rest.TestTokens;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.idempotency.InMemoryIdempotencyStore;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * Idempotency-Key end to end through HTTP over the in-memory ports: a retry answers the first response and
 * creates nothing, another body answers 422, a running request 409, failures free the key, keys belong to
 * their user, and replays spend no rate budget.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class IdempotencyApiTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    InMemoryExportRepository exports;
    @Inject
    InMemoryObjectStore objects;
    @Inject
    InMemoryIdempotencyStore keys;

    final String user = TestTokens.newUser("idem");

    HttpResponse<String> post(String asUser, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Authorization", "Bearer " + TestTokens.valid(asUser))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body));
        if (key != null) {
            request.header(IdempotencyFilter.HEADER, key);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json(String body) {
        try {
            return mapper.readValue(body, Map.class);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    String generation(String owner) {
        HttpResponse<String> created = post(owner, "/api/v1/generations",
                "{\"document_type\":\"resume\",\"content_text\":\"Jane Doe\\nEngineer\"}", null);
        assertThat(created.statusCode()).isEqualTo(201);
        return (String) json(created.body()).get("id");
    }

    long exportsOf(String owner) {
        return exports.all().stream().filter(e -> e.userId().value().equals(owner)).count();
    }

    long objectsOf(String owner) {
        return objects.keys().stream().filter(k -> k.startsWith("exports/" + owner + "/")).count();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRetriedPdfExportAnswersTheFirstResponseAndCreatesNothingNew() {
        String body = "{\"generation_id\":\"" + generation(user) + "\",\"template\":\"classic\"}";
        String key = key();

        HttpResponse<String> first = post(user, "/api/v1/exports/pdf", body, key);
        HttpResponse<String> retry = post(user, "/api/v1/exports/pdf", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).contains("true");
        assertThat(retry.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(json(retry.body())).isEqualTo(json(first.body()));
        assertThat(exportsOf(user)).isEqualTo(1);
        assertThat(objectsOf(user)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyAnswers422AndRunsNothing() {
        String generation = generation(user);
        String key = key();
        assertThat(post(user, "/api/v1/exports/pdf", "{\"generation_id\":\"" + generation + "\"}", key).statusCode())
                .isEqualTo(201);

        HttpResponse<String> other = post(user, "/api/v1/exports/pdf",
                "{\"generation_id\":\"" + generation + "\",\"template\":\"creative\"}", key);
        HttpResponse<String> otherRoute = post(user, "/api/v1/exports/docx",
                "{\"generation_id\":\"" + generation + "\"}", key);

        for (HttpResponse<String> refused : List.of(other, otherRoute)) {
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json(refused.body())).containsEntry("status", 422)
                    .containsEntry("detail", "Idempotency-Key was already used with a different request");
        }
        assertThat(exportsOf(user)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirUser() {
        String other = TestTokens.newUser("idem-other");
        String key = key();

        assertThat(post(user, "/api/v1/exports/pdf", "{\"generation_id\":\"" + generation(user) + "\"}", key)
                .statusCode()).isEqualTo(201);
        HttpResponse<String> theirs = post(other, "/api/v1/exports/pdf",
                "{\"generation_id\":\"" + generation(other) + "\"}", key);

        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(exportsOf(user)).isEqualTo(1);
        assertThat(exportsOf(other)).isEqualTo(1);
    }

    @Test
    void aFailedRequestFreesItsKeySoTheRetryRunsAgain() {
        String body = "{\"generation_id\":\"" + UUID.randomUUID() + "\"}";
        String key = key();

        HttpResponse<String> missing = post(user, "/api/v1/exports/pdf", body, key);
        HttpResponse<String> again = post(user, "/api/v1/exports/pdf", body, key);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(post(user, "/api/v1/exports/pdf", "{\"generation_id\":\"" + generation(user) + "\"}", key)
                .statusCode()).as("a failed first request leaves the key free for another body").isEqualTo(201);
    }

    @Test
    void whileTheFirstRequestRunsARetryAnswers409() {
        String body = "{\"generation_id\":\"" + generation(user) + "\"}";
        String key = key();
        keys.reserve(new UserId(user), key, IdempotencyFilter.fingerprint("POST", "/api/v1/exports/pdf",
                body.getBytes(StandardCharsets.UTF_8)), Instant.now(), Duration.ofHours(24), Duration.ofMinutes(2));

        HttpResponse<String> busy = post(user, "/api/v1/exports/pdf", body, key);

        assertThat(busy.statusCode()).isEqualTo(409);
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");
        assertThat(json(busy.body())).containsEntry("detail", "A request with this Idempotency-Key is still in progress");
        assertThat(exportsOf(user)).isZero();
    }

    @Test
    void concurrentDuplicatesCreateExactlyOneExport() throws Exception {
        String body = "{\"generation_id\":\"" + generation(user) + "\"}";
        String key = key();
        int requests = 6;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return post(user, "/api/v1/exports/pdf", body, key);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<HttpResponse<String>> result : results) {
                HttpResponse<String> response = result.get();
                outcomes.add(response.statusCode() + (response.headers()
                        .firstValue(IdempotencyFilter.REPLAYED_HEADER).isPresent() ? " replayed" : ""));
            }
            // exactly one request ran; the others were refused while it ran (409) or replayed its answer
            assertThat(outcomes).isSubsetOf("201", "201 replayed", "409");
            assertThat(outcomes).filteredOn("201"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(exportsOf(user)).isEqualTo(1);
        assertThat(objectsOf(user)).isEqualTo(1);
    }

    @Test
    void aReplaySpendsNoRateBudget() {
        String body = "{\"generation_id\":\"" + generation(user) + "\"}";
        String key = key();
        HttpResponse<String> first = post(user, "/api/v1/exports/pdf", body, key);
        int remaining = Integer.parseInt(first.headers().firstValue("RateLimit-Remaining").orElseThrow());

        HttpResponse<String> replay = post(user, "/api/v1/exports/pdf", body, key);
        HttpResponse<String> next = post(user, "/api/v1/exports/pdf", body, key());

        assertThat(replay.headers().firstValue("RateLimit-Remaining")).isEmpty();
        assertThat(next.headers().firstValue("RateLimit-Remaining")).contains(String.valueOf(remaining - 1));
    }

    @Test
    void generationsBatchesAndPreviewsAreIdempotentToo() {
        String key = key();
        String generationBody = "{\"document_type\":\"resume\",\"content_text\":\"Ann Lee\\nDesigner\"}";
        HttpResponse<String> created = post(user, "/api/v1/generations", generationBody, key);
        HttpResponse<String> createdAgain = post(user, "/api/v1/generations", generationBody, key);
        assertThat(json(createdAgain.body()).get("id")).isEqualTo(json(created.body()).get("id"));
        String generation = (String) json(created.body()).get("id");

        String batch = "{\"exports\":[{\"generation_id\":\"" + generation + "\",\"format\":\"docx\"}],\"create_zip\":true}";
        String batchKey = key();
        HttpResponse<String> batched = post(user, "/api/v1/exports/batch", batch, batchKey);
        HttpResponse<String> batchedAgain = post(user, "/api/v1/exports/batch", batch, batchKey);
        assertThat(batched.statusCode()).isEqualTo(201);
        assertThat(json(batchedAgain.body())).isEqualTo(json(batched.body()));
        assertThat(exportsOf(user)).as("one DOCX and one ZIP").isEqualTo(2);

        String preview = "{\"generation_id\":\"" + generation + "\"}";
        String previewKey = key();
        HttpResponse<String> previewed = post(user, "/api/v1/exports/preview", preview, previewKey);
        HttpResponse<String> previewedAgain = post(user, "/api/v1/exports/preview", preview, previewKey);
        assertThat(previewed.statusCode()).isEqualTo(200);
        assertThat(previewedAgain.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).contains("true");
        assertThat(json(previewedAgain.body()).get("preview_id")).isEqualTo(json(previewed.body()).get("preview_id"));
    }

    @Test
    void aMalformedKeyAnswers400AndRequestsWithoutAKeyRunEveryTime() {
        String body = "{\"generation_id\":\"" + generation(user) + "\"}";
        for (String bad : List.of("x".repeat(256), "with space", "tab\tkey")) {
            HttpResponse<String> refused = post(user, "/api/v1/exports/pdf", body, bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(json(refused.body())).containsEntry("detail",
                    "Idempotency-Key must be 1 to 255 printable ASCII characters");
        }
        assertThat(post(user, "/api/v1/exports/pdf", body, "k".repeat(255)).statusCode()).isEqualTo(201);

        post(user, "/api/v1/exports/pdf", body, null);
        post(user, "/api/v1/exports/pdf", body, null);
        assertThat(exportsOf(user)).isEqualTo(3);
    }

    @Test
    void theFingerprintCoversMethodPathAndEveryByteOfTheBody() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String base = IdempotencyFilter.fingerprint("POST", "/api/v1/exports/pdf", body);

        assertThat(base).matches("[0-9a-f]{64}");
        assertThat(IdempotencyFilter.fingerprint("POST", "/api/v1/exports/pdf", body.clone())).isEqualTo(base);
        assertThat(IdempotencyFilter.fingerprint("POST", "/api/v1/exports/docx", body)).isNotEqualTo(base);
        assertThat(IdempotencyFilter.fingerprint("PUT", "/api/v1/exports/pdf", body)).isNotEqualTo(base);
        assertThat(IdempotencyFilter.fingerprint("POST", "/api/v1/exports/pdf",
                "{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(base);
        assertThat(IdempotencyFilter.fingerprint("POST", "/api/v1/exports/pdf", null)).isNotEqualTo(base);
    }
}
