package com.jobwise.export.bootstrap.e2e;

import com.jobwise.export.adapters.s3.S3ObjectStore;
import com.jobwise.export.application.export.PurgeExpiredExports;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file lifecycle on the real stack (PostgreSQL, S3 over S3Proxy, real renderers): batch packages,
 * expiry and cleanup, rate limits shared by two instances, and pre-signed redirects.
 */
class LifecycleEndToEndTest {

    @SuppressWarnings("unchecked")
    static String importSample(RunningService service, String user, String file) {
        JsonMapper json = service.context().getBean(JsonMapper.class);
        Map<String, Object> sample = Samples.all(json).stream().filter(e -> e.getKey().equals(file)).findFirst()
                .orElseThrow().getValue();
        return (String) service.http().retrieve(service.as(user, HttpRequest.POST("/api/v1/generations", sample)),
                Map.class).get("id");
    }

    static String user() {
        return "u-" + UUID.randomUUID().toString().substring(0, 12);
    }

    @SuppressWarnings("unchecked")
    @Test
    void batchWithAMissingGenerationPackagesTheOthersUnderHarmlessNames() throws Exception {
        try (RunningService service = RunningService.onPostgres()) {
            String user = user();
            String resume = importSample(service, user, "resume-backend-engineer.json");
            String letter = importSample(service, user, "cover-letter-backend-engineer.json");

            Map<String, Object> batch = service.http().retrieve(service.as(user, HttpRequest.POST("/api/v1/exports/batch",
                    Map.of("exports", List.of(
                                    Map.of("generation_id", resume, "format", "pdf", "template", "modern", "filename", "../../x.pdf"),
                                    Map.of("generation_id", UUID.randomUUID().toString(), "format", "pdf"),
                                    Map.of("generation_id", letter, "format", "docx", "template", "classic", "filename", "CON.pdf"),
                                    Map.of("generation_id", letter, "format", "pdf", "filename", "x.pdf")),
                            "create_zip", true, "zip_filename", "TechCorp_Application_Package.zip"))), Map.class);

            assertThat(batch).containsEntry("total_exports", 4).containsEntry("successful", 3).containsEntry("failed", 1);
            Map<String, Object> zipFile = (Map<String, Object>) batch.get("zip_file");
            byte[] zip = service.http().retrieve(service.as(user, HttpRequest.GET((String) zipFile.get("download_url"))),
                    byte[].class);
            Map<String, byte[]> entries = unzip(zip);
            assertThat(entries.keySet()).containsExactly("x.pdf", "_CON.pdf.docx", "x_2.pdf", "manifest.json");
            String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
            for (String name : List.of("x.pdf", "_CON.pdf.docx", "x_2.pdf")) {
                assertThat(manifest).contains("\"file\": \"" + name + "\"",
                        "\"sha256\": \"" + sha256(entries.get(name)) + "\"",
                        "\"size_bytes\": " + entries.get(name).length);
            }
            assertThat(manifest).contains("\"source_generation_id\": \"" + resume + "\"", "\"template\": \"classic\"");
            try (PDDocument pdf = Loader.loadPDF(entries.get("x.pdf"))) {
                assertThat(pdf.getNumberOfPages()).isPositive();
            }
            Map<String, Object> listed = service.http().retrieve(service.as(user,
                    HttpRequest.GET("/api/v1/exports/files?format=zip")), Map.class);
            assertThat(listed.get("total")).isEqualTo(1);
        }
    }

    @Test
    void expiredExportsAnswer410AndCleanupRemovesObjectAndRow() throws Exception {
        try (RunningService service = RunningService.onPostgres(Map.of("export.retention", "2s"))) {
            String user = user();
            String generation = importSample(service, user, "resume-new-graduate.json");
            Map<?, ?> export = service.http().retrieve(service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                    Map.of("generation_id", generation))), Map.class);
            String id = (String) export.get("export_id");
            String key = "exports/" + user + "/" + id + ".pdf";
            S3ObjectStore s3 = service.context().getBean(S3ObjectStore.class);
            assertThat(s3.exists(key)).isTrue();

            Thread.sleep(2500);
            assertThat(service.status(service.as(user, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")))).isEqualTo(410);
            assertThat(service.status(service.as(user, HttpRequest.DELETE("/api/v1/exports/files/" + id)))).isEqualTo(410);

            PurgeExpiredExports.Report report = service.context().getBean(PurgeExpiredExports.class).execute();
            assertThat(report.expiredExports()).isGreaterThanOrEqualTo(1);
            assertThat(s3.exists(key)).isFalse();
            assertThat(service.status(service.as(user, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")))).isEqualTo(404);
        }
    }

    @Test
    void twoInstancesShareOneRateLimitBudget() throws Exception {
        Map<String, Object> limits = Map.of("export.rate-limits.pdf-export.capacity", 3);
        try (RunningService a = RunningService.onPostgres(limits);
             RunningService b = RunningService.sharing(a, limits)) {
            String user = user();
            String generation = importSample(a, user, "resume-plain-text.json");
            HttpRequest<?> exportOnA = a.as(user, HttpRequest.POST("/api/v1/exports/pdf", Map.of("generation_id", generation)));
            HttpRequest<?> exportOnB = b.as(user, HttpRequest.POST("/api/v1/exports/pdf", Map.of("generation_id", generation)));

            assertThat(a.status(exportOnA)).isEqualTo(201);
            assertThat(b.status(exportOnB)).isEqualTo(201);
            HttpResponse<?> third = a.http().exchange(exportOnA, Map.class);
            assertThat(third.header("RateLimit-Remaining")).isEqualTo("0");

            for (RunningService service : List.of(a, b)) {
                try {
                    HttpRequest<?> request = service == a ? exportOnA : exportOnB;
                    service.http().exchange(request, Map.class);
                    throw new AssertionError("the budget is spent");
                } catch (HttpClientResponseException e) {
                    assertThat(e.getStatus().getCode()).isEqualTo(429);
                    assertThat(Long.parseLong(e.getResponse().header("Retry-After"))).isPositive();
                }
            }
            String other = user();
            String otherGeneration = importSample(b, other, "resume-plain-text.json");
            assertThat(b.status(b.as(other, HttpRequest.POST("/api/v1/exports/pdf",
                    Map.of("generation_id", otherGeneration))))).isEqualTo(201);
        }
    }

    @Test
    void theFiftyFirstPdfInAnHourIsRefused() throws Exception {
        try (RunningService service = RunningService.onPostgres()) {
            String user = user();
            String generation = importSample(service, user, "resume-plain-text.json");
            HttpRequest<?> export = service.as(user, HttpRequest.POST("/api/v1/exports/pdf", Map.of("generation_id", generation)));
            for (int i = 0; i < 50; i++) {
                assertThat(service.status(export)).as("export " + (i + 1)).isEqualTo(201);
            }
            try {
                service.http().exchange(export, Map.class);
                throw new AssertionError("the 51st export must be refused");
            } catch (HttpClientResponseException e) {
                assertThat(e.getStatus().getCode()).isEqualTo(429);
                assertThat(Long.parseLong(e.getResponse().header("Retry-After"))).isBetween(1L, 3600L);
                assertThat(e.getResponse().header("RateLimit-Limit")).isEqualTo("50");
            }
        }
    }

    @Test
    void redirectModeHandsOutAPresignedUrlThatExpires() throws Exception {
        try (RunningService service = RunningService.onPostgres(Map.of("export.download.mode", "redirect",
                "export.download.presign-validity", "8s", "micronaut.http.client.follow-redirects", false))) {
            String user = user();
            String generation = importSample(service, user, "resume-new-graduate.json");
            Map<?, ?> export = service.http().retrieve(service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                    Map.of("generation_id", generation))), Map.class);
            String download = (String) export.get("download_url");

            assertThat(service.status(service.as(user() , HttpRequest.GET(download)))).isEqualTo(404);
            HttpResponse<?> redirect = service.http().exchange(service.as(user, HttpRequest.GET(download)));
            long signedAt = System.nanoTime();
            assertThat(redirect.getStatus().getCode()).isEqualTo(302);
            URI location = URI.create(redirect.header("Location"));
            assertThat(location.toString()).contains("X-Amz-Signature").contains("X-Amz-Expires=8");

            HttpClient plain = HttpClient.newHttpClient();
            java.net.http.HttpResponse<byte[]> fetched = plain.send(java.net.http.HttpRequest.newBuilder(location).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(new String(fetched.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(fetched.body().length).isEqualTo(((Number) export.get("file_size_bytes")).intValue());

            // 8 s is long enough to fetch on a loaded CI machine; wait until it has surely run out
            Thread.sleep(Math.max(0, 9_000 - (System.nanoTime() - signedAt) / 1_000_000));
            assertThat(plain.send(java.net.http.HttpRequest.newBuilder(location).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
