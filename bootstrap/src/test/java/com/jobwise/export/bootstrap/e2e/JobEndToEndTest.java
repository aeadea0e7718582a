package com.jobwise.export.bootstrap.e2e;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static com.jobwise.export.bootstrap.e2e.JobTestSupport.await;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.create;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.failure;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.fast;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.finished;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.seconds;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.unzip;
import static com.jobwise.export.bootstrap.e2e.LifecycleEndToEndTest.importSample;
import static com.jobwise.export.bootstrap.e2e.LifecycleEndToEndTest.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export jobs on the real stack (PostgreSQL, S3Proxy, db-scheduler, real renderers): a 20-item ZIP job, a bulk job
 * by date range, a cancel mid-run, a signed webhook to a loopback listener, and the SSRF refusals.
 */
class JobEndToEndTest {

    @SuppressWarnings("unchecked")
    @Test
    void twentyItemZipJobPackagesEveryPdfWithOneExportPerItem() throws Exception {
        try (RunningService service = RunningService.onPostgres(fast(Map.of()))) {
            String user = user();
            List<String> ids = new ArrayList<>();
            String resume = importSample(service, user, "resume-backend-engineer.json");
            for (int i = 0; i < 20; i++) {
                ids.add(i % 2 == 0 ? resume : importSample(service, user, "resume-new-graduate.json"));
            }
            HttpResponse<Map<String, Object>> created = create(service, user, "/api/v1/exports/jobs",
                    Map.of("generation_ids", ids, "format", "pdf", "template", "classic", "create_zip", true));

            assertThat(created.code()).isEqualTo(202);
            String jobId = (String) created.body().get("job_id");
            assertThat(created.header("Location")).isEqualTo("/api/v1/exports/jobs/" + jobId);
            assertThat(created.body().get("status")).isIn("queued", "running");

            Map<String, Object> job = await(service, user, jobId, seconds(120), JobTestSupport::finished);
            assertThat(job).containsEntry("status", "completed");
            assertThat(job.get("progress")).isEqualTo(Map.of("total", 20, "done", 20, "failed", 0, "skipped", 0));
            byte[] zip = service.http().retrieve(service.as(user,
                    HttpRequest.GET("/api/v1/exports/jobs/" + jobId + "/download")), byte[].class);
            Map<String, byte[]> entries = unzip(zip);
            assertThat(entries).hasSize(21).containsKey("manifest.json");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!e.getKey().equals("manifest.json")) {
                    assertThat(e.getKey()).endsWith(".pdf");
                    try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                        assertThat(pdf.getNumberOfPages()).isPositive();
                    }
                    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue()));
                    assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)).contains(sha);
                }
            }
            // One row per item plus the ZIP, each item's export the id the job reports.
            List<Map<String, Object>> items = (List<Map<String, Object>>) job.get("items");
            assertThat(items).extracting(i -> i.get("export_id")).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(count(service, "SELECT COUNT(*) FROM exports WHERE user_id = ?", user)).isEqualTo(21);
            assertThat(count(service, "SELECT COUNT(*) FROM scheduled_tasks", null)).isZero();
            String scrape = service.http().retrieve(HttpRequest.GET("/prometheus"), String.class);
            assertThat(scrape).contains("export_jobs_queue_depth 0.0",
                    "export_jobs_items_count{status=\"completed\"} 1",
                    "export_jobs_duration_seconds_count{status=\"completed\"} 1");
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void bulkJobTakesTheGenerationsOfTheDateRangeAndType() throws Exception {
        try (RunningService service = RunningService.onPostgres(fast(Map.of()))) {
            String user = user();
            String january = importSample(service, user, "resume-backend-engineer.json");
            String januaryLetter = importSample(service, user, "cover-letter-backend-engineer.json");
            String february = importSample(service, user, "resume-product-designer.json");
            String recent = importSample(service, user, "resume-new-graduate.json");
            setCreated(service, january, "2025-01-15T12:00:00Z");
            setCreated(service, januaryLetter, "2025-01-31T23:59:59Z");
            setCreated(service, february, "2025-02-01T00:00:00Z");

            HttpResponse<Map<String, Object>> created = create(service, user, "/api/v1/exports/jobs/bulk", Map.of(
                    "filters", Map.of("date_from", "2025-01-01", "date_to", "2025-01-31",
                            "document_types", List.of("resume", "cover_letter")),
                    "max_items", 10, "format", "docx", "create_zip", false));
            assertThat(created.code()).isEqualTo(202);
            Map<String, Object> job = await(service, user, (String) created.body().get("job_id"), seconds(60),
                    JobTestSupport::finished);

            assertThat(job).containsEntry("status", "completed");
            assertThat((List<Map<String, Object>>) job.get("items")).extracting(i -> i.get("generation_id"))
                    .containsExactly(january, januaryLetter);
            assertThat((Map<String, Object>) job.get("filters")).containsEntry("date_from", "2025-01-01")
                    .containsEntry("max_items", 10);
            assertThat(failure(service, service.as(user, HttpRequest.GET("/api/v1/exports/jobs/" + job.get("job_id")
                    + "/download")))).startsWith("409").contains("2 files and no ZIP");
            String only = (String) create(service, user, "/api/v1/exports/jobs/bulk", Map.of(
                    "filters", Map.of("date_from", "2025-02-01", "document_types", List.of("resume")),
                    "max_items", 1, "format", "docx", "create_zip", false)).body().get("job_id");
            Map<String, Object> single = await(service, user, only, seconds(60), JobTestSupport::finished);
            assertThat((List<Map<String, Object>>) single.get("items")).extracting(i -> i.get("generation_id"))
                    .containsExactly(february).doesNotContain(recent);
            byte[] docx = service.http().retrieve(service.as(user,
                    HttpRequest.GET("/api/v1/exports/jobs/" + only + "/download")), byte[].class);
            assertThat(new String(docx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
            assertThat(failure(service, service.as(user, HttpRequest.POST("/api/v1/exports/jobs/bulk", Map.of(
                    "filters", Map.of("date_to", "2024-12-31"), "format", "pdf")))))
                    .startsWith("422").contains("No generation matches the filters");
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void cancellingMidRunSkipsTheRestAndKeepsWhatFinished() throws Exception {
        try (RunningService service = RunningService.onPostgres(fast(Map.of("export.jobs.threads", 1)))) {
            String user = user();
            String resume = importSample(service, user, "resume-long-multipage.json");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ids.add(resume);
            }
            String jobId = (String) create(service, user, "/api/v1/exports/jobs",
                    Map.of("generation_ids", ids, "format", "pdf")).body().get("job_id");
            await(service, user, jobId, seconds(60),
                    j -> ((Map<String, Integer>) j.get("progress")).get("done") >= 1 || finished(j));

            HttpResponse<Map<String, Object>> cancelled = service.http().exchange(service.as(user,
                    HttpRequest.DELETE("/api/v1/exports/jobs/" + jobId)), io.micronaut.core.type.Argument.mapOf(
                    String.class, Object.class));
            assertThat(cancelled.code()).isEqualTo(200);
            assertThat(cancelled.body()).containsEntry("status", "cancelled");

            Thread.sleep(1500); // the worker notices before its next item; let it run out
            Map<String, Object> job = JobTestSupport.get(service, user, jobId);
            Map<String, Integer> progress = (Map<String, Integer>) job.get("progress");
            assertThat(job).containsEntry("status", "cancelled");
            assertThat(progress.get("done")).isBetween(1, 99);
            assertThat(progress.get("skipped")).isPositive();
            assertThat(progress.get("done") + progress.get("failed") + progress.get("skipped")).isEqualTo(100);
            assertThat(count(service, "SELECT COUNT(*) FROM exports WHERE user_id = ?", user))
                    .isEqualTo(progress.get("done").longValue());
            for (Map<String, Object> item : (List<Map<String, Object>>) job.get("items")) {
                if ("completed".equals(item.get("status"))) {
                    assertThat(service.status(service.as(user, HttpRequest.GET("/api/v1/exports/files/"
                            + item.get("export_id") + "/download")))).isEqualTo(200);
                }
            }
            assertThat(failure(service, service.as(user, HttpRequest.DELETE("/api/v1/exports/jobs/" + jobId))))
                    .startsWith("409");
        }
    }

    @Test
    void webhookIsSignedWithTheUsersSecretAndCarriesTheJob() throws Exception {
        BlockingQueue<Map.Entry<Map<String, List<String>>, byte[]>> received = new ArrayBlockingQueue<>(10);
        HttpServer listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/hook", exchange -> {
            received.add(Map.entry(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.start();
        try (RunningService service = RunningService.onPostgres(fast(Map.of(
                "export.webhooks.allowed-hosts", "127.0.0.1")))) {
            String user = user();
            String resume = importSample(service, user, "resume-backend-engineer.json");
            String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/hook";
            HttpResponse<Map<String, Object>> created = create(service, user, "/api/v1/exports/jobs",
                    Map.of("generation_ids", List.of(resume), "format", "pdf", "webhook_url", url));
            String secret = (String) created.body().get("webhook_secret");
            assertThat(secret).startsWith("whsec_");

            Map.Entry<Map<String, List<String>>, byte[]> delivery = received.poll(60, TimeUnit.SECONDS);

            assertThat(delivery).as("webhook received").isNotNull();
            byte[] body = delivery.getValue();
            Map<String, List<String>> headers = delivery.getKey();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            assertThat(headers.get("X-export-signature")).containsExactly(expected);
            assertThat(headers.get("X-export-event")).containsExactly("job.completed");
            JsonMapper json = service.context().getBean(JsonMapper.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> sent = json.readValue(body, Map.class);
            assertThat(sent).isEqualTo(JobTestSupport.get(service, user, (String) created.body().get("job_id")));
            assertThat(sent).containsEntry("status", "completed");

            // A rotated secret signs the next delivery; the old one no longer verifies it.
            String rotated = (String) create(service, user, "/api/v1/exports/webhooks/secret", Map.of()).body()
                    .get("webhook_secret");
            create(service, user, "/api/v1/exports/jobs",
                    Map.of("generation_ids", List.of(resume), "format", "docx", "webhook_url", url));
            Map.Entry<Map<String, List<String>>, byte[]> next = received.poll(60, TimeUnit.SECONDS);
            assertThat(next).isNotNull();
            mac.init(new SecretKeySpec(rotated.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertThat(next.getKey().get("X-export-signature"))
                    .containsExactly("sha256=" + HexFormat.of().formatHex(mac.doFinal(next.getValue())));
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void webhookUrlsToInternalAddressesOrPlainHttpAreRefused() throws Exception {
        try (RunningService service = RunningService.onPostgres(fast(Map.of(
                "export.webhooks.allowed-hosts", "127.0.0.1")))) {
            String user = user();
            String resume = importSample(service, user, "resume-backend-engineer.json");
            Map<String, String> refused = Map.of(
                    "https://169.254.169.254/latest/meta-data/", "metadata address",
                    "https://localhost/hook", "loopback",
                    "https://10.0.0.7/hook", "private",
                    "https://100.64.1.1/hook", "private",
                    "https://[::1]/hook", "loopback",
                    "https://[fd00::1]/hook", "private",
                    "https://[fe80::1]/hook", "link-local",
                    "https://[::ffff:192.168.0.1]/hook", "private",
                    "http://example.com/hook", "must use https",
                    "file:///etc/passwd", "https");
            for (Map.Entry<String, String> c : refused.entrySet()) {
                String answer = failure(service, service.as(user, HttpRequest.POST("/api/v1/exports/jobs", Map.of(
                        "generation_ids", List.of(resume), "format", "pdf", "webhook_url", c.getKey()))));
                assertThat(answer).as(c.getKey()).startsWith("422").contains(c.getValue())
                        .doesNotContain("Exception");
            }
            assertThat(count(service, "SELECT COUNT(*) FROM export_jobs WHERE user_id = ?", user)).isZero();
        }
    }

    private static long count(RunningService service, String sql, String user) throws Exception {
        try (Connection c = service.pool().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (user != null) {
                s.setString(1, user);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void setCreated(RunningService service, String generation, String instant) throws Exception {
        try (Connection c = service.pool().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE generations SET created_at = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.parse(instant)));
            s.setString(2, generation);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
