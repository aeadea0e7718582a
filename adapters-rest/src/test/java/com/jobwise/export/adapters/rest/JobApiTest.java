package com.jobwise.export.adapters.rest;

import com.jobwise.export.application.job.RunExportJob;
import com.jobwise.export.domain.job.RecordingJobScheduler;
import com.jobwise.export.domain.ratelimit.InMemoryRateLimiter;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Export jobs over HTTP (core over fakes; the scheduler is drained by hand, so "queued" is observable). */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class JobApiTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;
    @Inject
    InMemoryRateLimiter limiter;
    @Inject
    RecordingJobScheduler scheduler;
    @Inject
    RunExportJob runJob;

    final HttpClient http = HttpClient.newHttpClient();
    final String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);
    final String bob = "bob-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void restore() {
        limiter.reset();
        scheduler.runJobs(id -> { });
        scheduler.runWebhooks(id -> { });
    }

    HttpResponse<byte[]> send(String method, String path, String user, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        request.header("Authorization", "Bearer " + TestTokens.valid(user));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> jsonOf(HttpResponse<byte[]> response) throws IOException {
        return json.readValue(response.body(), Map.class);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    String generation(String user, String name) throws Exception {
        return (String) jsonOf(send("POST", "/api/v1/generations", user,
                "{\"document_type\": \"resume\", \"content_structured\": {\"header\": {\"name\": \"" + name + "\"}}}"))
                .get("id");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aJobIsQueuedThenRunAndItsZipDownloadedByItsOwnerOnly() throws Exception {
        String first = generation(alice, "Ann");
        String second = generation(alice, "Bea");
        HttpResponse<byte[]> created = send("POST", "/api/v1/exports/jobs", alice, """
                {"generation_ids": ["%s", "%s", "missing"], "format": "docx", "template": "classic"}"""
                .formatted(first, second));

        assertThat(created.statusCode()).as(text(created)).isEqualTo(202);
        Map<String, Object> job = jsonOf(created);
        String id = (String) job.get("job_id");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/exports/jobs/" + id);
        assertThat(job).containsEntry("status", "queued").containsEntry("format", "docx")
                .containsEntry("create_zip", true).doesNotContainKey("webhook_secret");
        assertThat(job.get("progress")).isEqualTo(Map.of("total", 3, "done", 0, "failed", 0, "skipped", 0));
        // Three items spent three units of the docx budget (40 in these tests).
        HttpResponse<byte[]> docx = send("POST", "/api/v1/exports/docx", alice,
                "{\"generation_id\": \"" + first + "\"}");
        assertThat(docx.headers().firstValue("RateLimit-Remaining")).contains("36");

        HttpResponse<byte[]> early = send("GET", "/api/v1/exports/jobs/" + id + "/download", alice, null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(text(early)).contains("Export job is queued; download it once completed");

        scheduler.runJobs(runJob::execute);

        Map<String, Object> done = jsonOf(send("GET", "/api/v1/exports/jobs/" + id, alice, null));
        assertThat(done).containsEntry("status", "completed")
                .containsEntry("download_url", "/api/v1/exports/jobs/" + id + "/download");
        assertThat(done.get("progress")).isEqualTo(Map.of("total", 3, "done", 2, "failed", 1, "skipped", 0));
        List<Map<String, Object>> items = (List<Map<String, Object>>) done.get("items");
        assertThat(items.get(2)).containsEntry("status", "failed").containsEntry("error", "Generation not found or does not belong to user");
        HttpResponse<byte[]> zip = send("GET", "/api/v1/exports/jobs/" + id + "/download", alice, null);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(entries(zip.body())).hasSize(3).contains("manifest.json");

        assertThat(send("GET", "/api/v1/exports/jobs/" + id, bob, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/exports/jobs/" + id + "/download", bob, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/exports/jobs/" + id, bob, null).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> late = send("DELETE", "/api/v1/exports/jobs/" + id, alice, null);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(text(late)).contains("Export job is already completed and cannot be cancelled");
        assertThat(send("GET", "/api/v1/exports/jobs/not-a-uuid", alice, null).statusCode()).isEqualTo(404);
    }

    @Test
    void cancellingAQueuedJobSkipsEveryItemAndListsIt() throws Exception {
        String gen = generation(alice, "Ann");
        String id = (String) jsonOf(send("POST", "/api/v1/exports/jobs", alice,
                "{\"generation_ids\": [\"" + gen + "\", \"" + gen + "\"], \"format\": \"pdf\"}")).get("job_id");

        HttpResponse<byte[]> cancelled = send("DELETE", "/api/v1/exports/jobs/" + id, alice, null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(jsonOf(cancelled)).containsEntry("status", "cancelled");
        assertThat(jsonOf(cancelled).get("progress")).isEqualTo(Map.of("total", 2, "done", 0, "failed", 0, "skipped", 2));
        scheduler.runJobs(runJob::execute);
        assertThat(jsonOf(send("GET", "/api/v1/exports/jobs/" + id, alice, null))).containsEntry("status", "cancelled");
        HttpResponse<byte[]> none = send("GET", "/api/v1/exports/jobs/" + id + "/download", alice, null);
        assertThat(none.statusCode()).isEqualTo(409);

        Map<String, Object> page = jsonOf(send("GET", "/api/v1/exports/jobs?status=cancelled&limit=5", alice, null));
        assertThat(page).containsEntry("total", 1).containsEntry("limit", 5).containsEntry("offset", 0);
        assertThat(send("GET", "/api/v1/exports/jobs?status=paused", alice, null).statusCode()).isEqualTo(422);
        assertThat(send("GET", "/api/v1/exports/jobs?limit=0", alice, null).statusCode()).isEqualTo(422);
    }

    @Test
    void invalidJobsAnswerClearProblems() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ids.add("\"g" + i + "\"");
        }
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"generation_ids\": [], \"format\": \"pdf\"}", "generation_ids must hold between 1 and 100 ids");
        cases.put("{\"generation_ids\": [" + String.join(",", ids) + "], \"format\": \"pdf\"}",
                "generation_ids must hold between 1 and 100 ids");
        cases.put("{\"generation_ids\": [\"g\"], \"format\": \"png\"}", "format must be one of docx, json-resume, pdf");
        cases.put("{\"generation_ids\": [\"g\"], \"format\": \"pdf\", \"options\": {\"font_size\": 99}}",
                "font_size must be between");
        cases.put("{\"generation_ids\": [\"g\"], \"format\": \"pdf\", \"webhook_url\": \"http://hooks.example.com/x\"}",
                "webhook_url must use https");
        cases.put("{\"generation_ids\": [\"g\"], \"format\": \"pdf\", \"webhook_url\": \"https://internal.example.com/x\"}",
                "webhook_url must not point to a loopback, private, link-local or metadata address");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<byte[]> response = send("POST", "/api/v1/exports/jobs", alice, c.getKey());
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(text(response)).as(c.getKey()).contains(c.getValue()).doesNotContain("Exception");
        }
        HttpResponse<byte[]> bulk = send("POST", "/api/v1/exports/jobs/bulk", alice,
                "{\"filters\": {\"date_from\": \"2026-13-01\"}, \"format\": \"pdf\"}");
        assertThat(bulk.statusCode()).isEqualTo(422);
        assertThat(text(bulk)).contains("date_from must be a date as yyyy-MM-dd");
        HttpResponse<byte[]> none = send("POST", "/api/v1/exports/jobs/bulk", alice,
                "{\"filters\": {\"document_types\": [\"resume\"]}, \"max_items\": 5, \"format\": \"pdf\"}");
        assertThat(text(none)).contains("No generation matches the filters");
        assertThat(send("POST", "/api/v1/exports/jobs/bulk", alice,
                "{\"max_items\": 101, \"format\": \"pdf\"}").statusCode()).isEqualTo(422);
    }

    @Test
    void theFirstWebhookJobShowsTheSecretOnceAndRotationReplacesIt() throws Exception {
        String gen = generation(alice, "Ann");
        String body = "{\"generation_ids\": [\"" + gen + "\"], \"format\": \"pdf\", \"webhook_url\": "
                + "\"https://hooks.example.com/x\"}";
        Map<String, Object> first = jsonOf(send("POST", "/api/v1/exports/jobs", alice, body));
        Map<String, Object> second = jsonOf(send("POST", "/api/v1/exports/jobs", alice, body));

        assertThat((String) first.get("webhook_secret")).startsWith("whsec_").hasSize(70);
        assertThat(second).doesNotContainKey("webhook_secret");
        HttpResponse<byte[]> rotated = send("POST", "/api/v1/exports/webhooks/secret", alice, null);
        assertThat(rotated.statusCode()).isEqualTo(201);
        assertThat(jsonOf(rotated).get("webhook_secret")).isNotEqualTo(first.get("webhook_secret"));
    }

    @Test
    void anIdempotencyKeyReplaysTheJobInsteadOfQueueingASecond() throws Exception {
        String gen = generation(alice, "Ann");
        String body = "{\"generation_ids\": [\"" + gen + "\"], \"format\": \"pdf\"}";
        HttpResponse<byte[]> first = send("POST", "/api/v1/exports/jobs", alice, body, "Idempotency-Key", "job-1");
        HttpResponse<byte[]> again = send("POST", "/api/v1/exports/jobs", alice, body, "Idempotency-Key", "job-1");

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(jsonOf(again).get("job_id")).isEqualTo(jsonOf(first).get("job_id"));
        assertThat(jsonOf(send("GET", "/api/v1/exports/jobs", alice, null))).containsEntry("total", 1);
    }

    static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
