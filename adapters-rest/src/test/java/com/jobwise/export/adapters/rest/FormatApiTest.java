package com.jobwise.export.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text-based formats over HTTP (renderers faked, see {@link FakePortsFactory}): {@code POST /exports/{format}}
 * creates, lists, downloads with the format's content type and spends the PDF budget;
 * {@code GET /exports/formats} lists every format; {@code GET /exports/formats/json/schema} serves the schema;
 * batch items and the files filter take the new formats; both catalogue routes need a token.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class FormatApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient http;

    final String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);

    <T> HttpRequest<T> as(HttpRequest<T> request) {
        return ((io.micronaut.http.MutableHttpRequest<T>) request).bearerAuth(TestTokens.valid(alice));
    }

    @SuppressWarnings("unchecked")
    String generation() {
        Map<String, Object> created = http.toBlocking().retrieve(as(HttpRequest.POST("/api/v1/generations", Map.of(
                "document_type", "resume", "content_structured", Map.of("header", Map.of("name", "Ada Lovelace"),
                        "sections", List.of(Map.of("type", "professional_summary", "content", "Analyst.")))))),
                Map.class);
        return (String) created.get("id");
    }

    @ParameterizedTest
    @CsvSource({"txt,text/plain", "md,text/markdown", "html,text/html", "json,application/json", "csv,text/csv",
            "tex,application/x-tex"})
    @SuppressWarnings("unchecked")
    void eachFormatIsCreatedListedAndDownloadedOnThePdfBudget(String format, String contentType) {
        String generationId = generation();
        HttpResponse<Map> pdf = http.toBlocking().exchange(as(HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generationId))), Map.class);

        HttpResponse<Map> created = http.toBlocking().exchange(as(HttpRequest.POST("/api/v1/exports/" + format,
                Map.of("generation_id", generationId, "template", "classic"))), Map.class);

        assertThat(created.code()).isEqualTo(201);
        Map<String, Object> body = created.body();
        assertThat(body).containsEntry("format", format).containsEntry("template", "classic")
                .containsEntry("filename", "Ada_Lovelace_Resume." + format);
        assertThat(Integer.parseInt(created.header("RateLimit-Remaining")))
                .as("one unit of the pdf budget").isEqualTo(Integer.parseInt(pdf.header("RateLimit-Remaining")) - 1);
        Map<String, Object> list = http.toBlocking().retrieve(as(HttpRequest.GET(
                "/api/v1/exports/files?format=" + format)), Map.class);
        assertThat((List<Map<String, Object>>) list.get("files")).extracting(f -> f.get("export_id"))
                .containsExactly(body.get("export_id"));
        HttpResponse<byte[]> download = http.toBlocking().exchange(as(HttpRequest.GET(
                (String) body.get("download_url"))), byte[].class);
        assertThat(download.getContentType().orElseThrow().toString()).startsWith(contentType);
        assertThat(download.header("Content-Disposition")).contains("Ada_Lovelace_Resume." + format);
        assertThat(new String(download.body())).isEqualTo(format + "|Ada Lovelace|classic");
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchItemsTakeTheNewFormats() {
        String generationId = generation();
        Map<String, Object> batch = http.toBlocking().retrieve(as(HttpRequest.POST("/api/v1/exports/batch", Map.of(
                "exports", List.of(Map.of("generation_id", generationId, "format", "md"),
                        Map.of("generation_id", generationId, "format", "tex"),
                        Map.of("generation_id", generationId, "format", "zip")), "create_zip", false))), Map.class);

        List<Map<String, Object>> items = (List<Map<String, Object>>) batch.get("exports");
        assertThat(items.get(0)).containsEntry("status", "completed").containsEntry("filename", "Ada_Lovelace_Resume.md");
        assertThat(items.get(1)).containsEntry("status", "completed").containsEntry("filename", "Ada_Lovelace_Resume.tex");
        assertThat(items.get(2)).containsEntry("status", "failed").containsEntry("detail",
                "format must be pdf, docx, json-resume, txt, md, html, json, csv or tex");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormatsRouteListsEveryFormatWithItsOptions() {
        HttpResponse<Map> response = http.toBlocking().exchange(as(HttpRequest.GET("/api/v1/exports/formats")),
                Map.class);
        List<Map<String, Object>> formats = (List<Map<String, Object>>) response.body().get("formats");

        assertThat(formats).extracting(f -> f.get("format")).containsExactly("pdf", "docx", "json-resume", "txt", "md",
                "html", "json", "csv", "tex");
        assertThat(response.body()).containsEntry("total", 9);
        assertThat(formats).allSatisfy(f -> assertThat(f).containsKeys("content_type", "extension", "description",
                "options").containsEntry("synchronous", true).containsEntry("route", "/api/v1/exports/" + f.get("format")));
        Map<String, Object> csv = formats.get(7);
        assertThat(csv).containsEntry("content_type", "text/csv; charset=utf-8").containsEntry("extension", "csv")
                .containsEntry("options", List.of("anonymize"));
        assertThat(formats.get(6)).containsEntry("schema_url", "/api/v1/exports/formats/json/schema");
        assertThat((List<String>) formats.get(8).get("options")).contains("font_size", "page_size", "accent_color");
    }

    @Test
    void theJsonSchemaIsPublished() throws Exception {
        HttpResponse<String> response = http.toBlocking().exchange(as(HttpRequest.GET(
                "/api/v1/exports/formats/json/schema")), String.class);

        assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/schema+json");
        JsonNode schema = JSON.readTree(response.body());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("required").toString()).contains("schema_version", "export", "content");
    }

    @Test
    void theCataloguesNeedAToken() {
        for (String path : List.of("/api/v1/exports/formats", "/api/v1/exports/formats/json/schema")) {
            HttpClientResponseException e = failure(HttpRequest.GET(path));
            assertThat(e.getStatus().getCode()).as(path).isEqualTo(401);
        }
        assertThat(failure(HttpRequest.POST("/api/v1/exports/md", Map.of("generation_id", "x"))).getStatus().getCode())
                .isEqualTo(401);
    }

    @Test
    void aMissingGenerationOrBadOptionAnswersAsPdfDoes() {
        HttpClientResponseException missing = failure(as(HttpRequest.POST("/api/v1/exports/csv",
                Map.of("generation_id", UUID.randomUUID().toString()))));
        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        HttpClientResponseException option = failure(as(HttpRequest.POST("/api/v1/exports/html",
                Map.of("generation_id", generation(), "options", Map.of("font_size", 40)))));
        assertThat(option.getStatus().getCode()).isEqualTo(422);
        assertThat(option.getResponse().getBody(String.class).orElseThrow())
                .contains("font_size must be between 9 and 14");
    }

    HttpClientResponseException failure(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response for " + request.getPath());
    }
}
