package com.jobwise.export.adapters.rest;

import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.ratelimit.InMemoryRateLimiter;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Batch, templates, previews, quota, rate limits and storage outages over HTTP (core over fakes). */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class LifecycleApiTest {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    InMemoryObjectStore store;
    @Inject
    InMemoryRateLimiter limiter;

    final String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);
    final String bob = "bob-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void restore() {
        store.failNextCalls(false);
        limiter.reset();
    }

    <T> io.micronaut.http.MutableHttpRequest<T> as(String user, io.micronaut.http.MutableHttpRequest<T> request) {
        return request.bearerAuth(TestTokens.valid(user));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String user, String path, Object body) {
        return http.toBlocking().retrieve(as(user, HttpRequest.POST(path, body)), Map.class);
    }

    HttpClientResponseException failure(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response for " + request.getPath());
    }

    String importResume(String user, String name) {
        return (String) post(user, "/api/v1/generations", Map.of("document_type", "resume",
                "content_structured", Map.of("header", Map.of("name", name)))).get("id");
    }

    @SuppressWarnings("unchecked")
    @Test
    void batchAnswersPerItemAndPackagesAZip() {
        String generation = importResume(alice, "Ann");

        Map<String, Object> batch = post(alice, "/api/v1/exports/batch", Map.of(
                "exports", List.of(Map.of("generation_id", generation, "format", "pdf", "template", "modern",
                                "filename", "../../x.pdf"),
                        Map.of("generation_id", UUID.randomUUID().toString(), "format", "pdf"),
                        Map.of("generation_id", generation, "format", "docx")),
                "create_zip", true, "zip_filename", "TechCorp_Application_Package.zip"));

        assertThat(batch).containsEntry("total_exports", 3).containsEntry("successful", 2).containsEntry("failed", 1)
                .containsKeys("batch_id", "created_at");
        List<Map<String, Object>> items = (List<Map<String, Object>>) batch.get("exports");
        assertThat(items.get(0)).containsEntry("status", "completed").containsEntry("filename", "x.pdf")
                .containsKeys("export_id", "file_size_bytes");
        assertThat(items.get(1)).containsEntry("status", "failed")
                .containsEntry("detail", "Generation not found or does not belong to user");
        Map<String, Object> zip = (Map<String, Object>) batch.get("zip_file");
        assertThat(zip).containsEntry("filename", "TechCorp_Application_Package.zip").containsKeys("export_id",
                "file_size_bytes", "download_url");
        HttpResponse<byte[]> download = http.toBlocking().exchange(as(alice, HttpRequest.GET((String) zip.get("download_url"))),
                byte[].class);
        assertThat(download.getContentType().orElseThrow().toString()).isEqualTo("application/zip");

        HttpClientResponseException tooMany = failure(as(alice, HttpRequest.POST("/api/v1/exports/batch",
                Map.of("exports", java.util.Collections.nCopies(11, Map.of("generation_id", generation, "format", "pdf"))))));
        assertThat(tooMany.getStatus().getCode()).isEqualTo(422);
        assertThat(tooMany.getResponse().getBody(String.class).orElseThrow())
                .contains("exports must hold between 1 and 10 items");
    }

    @Test
    void rateLimitAnswers429WithRetryAfterAndHeaders() {
        String generation = importResume(alice, "Ann");
        HttpResponse<Map> first = http.toBlocking().exchange(as(alice, HttpRequest.POST("/api/v1/exports/batch",
                Map.of("exports", List.of(Map.of("generation_id", generation, "format", "pdf"))))), Map.class);
        assertThat(first.header("RateLimit-Limit")).isEqualTo("2");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("1");
        assertThat(first.header("RateLimit-Policy")).isEqualTo("2;w=3600");
        post(alice, "/api/v1/exports/batch", Map.of("exports", List.of(Map.of("generation_id", generation, "format", "pdf"))));

        HttpClientResponseException limited = failure(as(alice, HttpRequest.POST("/api/v1/exports/batch",
                Map.of("exports", List.of(Map.of("generation_id", generation, "format", "pdf"))))));
        assertThat(limited.getStatus().getCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getResponse().header("Retry-After"))).isPositive();
        assertThat(limited.getResponse().header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(limited.getResponse().getBody(String.class).orElseThrow()).contains("\"detail\":\"Rate limit exceeded");

        assertThat(post(bob, "/api/v1/exports/batch", Map.of("exports",
                List.of(Map.of("generation_id", generation, "format", "pdf"))))).containsEntry("failed", 1);
        assertThat(http.toBlocking().exchange(as(alice, HttpRequest.GET("/api/v1/exports/files")), Map.class)
                .header("RateLimit-Limit")).isNull();
    }

    @Test
    void quotaAnswers413WithUsedAndLimitAndStoresNothing() {
        String generation = importResume(alice, "A".repeat(900));
        post(alice, "/api/v1/exports/pdf", Map.of("generation_id", generation));
        int objects = store.keys().size();

        HttpClientResponseException over = failure(as(alice, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generation))));

        assertThat(over.getStatus().getCode()).isEqualTo(413);
        assertThat(over.getResponse().getBody(String.class).orElseThrow())
                .containsPattern("Storage quota exceeded: \\d+ of 1000 bytes used");
        assertThat(store.keys()).hasSize(objects);
    }

    @Test
    void storageOutageOnDeleteAnswers503AndKeepsTheExport() {
        String generation = importResume(alice, "Ann");
        String id = (String) post(alice, "/api/v1/exports/pdf", Map.of("generation_id", generation)).get("export_id");
        store.failNextCalls(true);

        HttpClientResponseException down = failure(as(alice, HttpRequest.DELETE("/api/v1/exports/files/" + id)));
        assertThat(down.getStatus().getCode()).isEqualTo(503);
        assertThat(down.getResponse().header("Retry-After")).isNotNull();

        store.failNextCalls(false);
        assertThat(http.toBlocking().exchange(as(alice, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")),
                byte[].class).getStatus().getCode()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    @Test
    void templatesAreListedDetailedAndSampled() {
        Map<String, Object> list = http.toBlocking().retrieve(as(alice, HttpRequest.GET("/api/v1/exports/templates")), Map.class);
        assertThat(list).containsEntry("total", 4);
        List<Map<String, Object>> templates = (List<Map<String, Object>>) list.get("templates");
        assertThat(templates).extracting(t -> t.get("id")).containsExactly("modern", "classic", "creative", "ats-optimized");
        assertThat(templates.getFirst()).containsEntry("ats_score", 85)
                .containsEntry("preview_url", "/api/v1/exports/templates/modern/preview.png")
                .containsEntry("customizable_options", List.of("accent_color", "font_family", "font_size", "line_spacing"))
                .containsKeys("name", "description", "best_for", "features");

        Map<String, Object> modern = http.toBlocking().retrieve(as(alice, HttpRequest.GET("/api/v1/exports/templates/modern")), Map.class);
        assertThat(modern).containsEntry("version", "1.0").containsEntry("sample_pdf_url", "/api/v1/exports/templates/modern/sample.pdf");
        assertThat((Map<String, Object>) modern.get("default_options")).containsEntry("font_family", "Helvetica")
                .containsEntry("font_size", 11).containsEntry("accent_color", "#2563EB").containsEntry("line_spacing", 1.15);
        assertThat((Map<String, Object>) modern.get("option_constraints")).containsEntry("font_size", Map.of("min", 9, "max", 14))
                .containsEntry("embed_source", "boolean").containsEntry("anonymize", "boolean");
        assertThat((Map<String, Object>) modern.get("default_options")).containsEntry("embed_source", true)
                .containsEntry("anonymize", false);
        assertThat((Map<String, Object>) modern.get("features")).containsEntry("layout", "two-column");

        HttpClientResponseException unknown = failure(as(alice, HttpRequest.GET("/api/v1/exports/templates/futuristic")));
        assertThat(unknown.getStatus().getCode()).isEqualTo(404);
        assertThat(unknown.getResponse().getBody(String.class).orElseThrow()).contains("Template 'futuristic' does not exist");

        byte[] png = http.toBlocking().retrieve(as(alice, HttpRequest.GET("/api/v1/exports/templates/classic/preview.png")), byte[].class);
        assertThat(new String(png, StandardCharsets.UTF_8)).isEqualTo("PNG|classic|false");
        HttpResponse<byte[]> pdf = http.toBlocking().exchange(as(alice, HttpRequest.GET("/api/v1/exports/templates/creative/sample.pdf")), byte[].class);
        assertThat(pdf.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo("pdf|Alex Morgan|creative");
        assertThat(failure(HttpRequest.GET("/api/v1/exports/templates")).getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void previewIsStoredAndServedToItsOwnerOnly() {
        String generation = importResume(alice, "Ann");

        Map<String, Object> preview = post(alice, "/api/v1/exports/preview", Map.of("generation_id", generation,
                "template", "modern", "options", Map.of("accent_color", "#DC2626", "font_size", 12)));

        assertThat(preview).containsEntry("generation_id", generation).containsEntry("template", "modern")
                .containsEntry("preview_format", "png").containsKeys("preview_id", "expires_at", "created_at");
        String url = (String) preview.get("preview_url");
        assertThat(url).isEqualTo("/api/v1/exports/previews/" + preview.get("preview_id") + ".png");
        assertThat(java.time.Duration.between(java.time.Instant.parse((String) preview.get("created_at")),
                java.time.Instant.parse((String) preview.get("expires_at")))).isEqualTo(java.time.Duration.ofHours(1));
        HttpResponse<byte[]> image = http.toBlocking().exchange(as(alice, HttpRequest.GET(url)), byte[].class);
        assertThat(image.getContentType().orElseThrow().toString()).isEqualTo("image/png");
        assertThat(new String(image.body(), StandardCharsets.UTF_8)).isEqualTo("PNG|modern|true");
        assertThat(store.keys()).contains("previews/" + alice + "/" + preview.get("preview_id") + ".png");

        assertThat(failure(as(bob, HttpRequest.GET(url))).getStatus().getCode()).isEqualTo(404);
        assertThat(failure(as(alice, HttpRequest.GET("/api/v1/exports/previews/" + UUID.randomUUID() + ".png")))
                .getStatus().getCode()).isEqualTo(404);
        assertThat(failure(as(alice, HttpRequest.POST("/api/v1/exports/preview", Map.of("generation_id", generation,
                "options", Map.of("font_size", 40))))).getStatus().getCode()).isEqualTo(422);
    }
}
