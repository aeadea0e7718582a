package com.jobwise.export.bootstrap.e2e;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON Resume through the whole service on PostgreSQL and S3: the official sample resume is posted, exported as
 * {@code json-resume} (stored with format {@code json-resume} in {@code exports.format}) and as PDF, and the
 * downloaded JSON Resume posted again gives the same content.
 */
class JsonResumeEndToEndTest {
    static final Path OFFICIAL_SAMPLE = Path.of("../adapters-rendering/src/test/resources/jsonresume/sample.resume.json");
    static RunningService service;
    static JsonMapper json;

    @BeforeAll
    static void start() {
        service = RunningService.onPostgres();
        json = service.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theOfficialSampleIsImportedAndExportedAsJsonResumeAndPdf() throws IOException, SQLException {
        String user = "e2e-jr-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> sample = json.readValue(Files.readAllBytes(OFFICIAL_SAMPLE), Map.class);

        Map<String, Object> created = service.http().retrieve(service.as(user,
                HttpRequest.POST("/api/v1/generations", Map.of("json_resume", sample))), Map.class);
        assertThat((List<String>) created.get("unmapped")).contains("/basics/profiles/0", "/skills/0/level");

        Map<String, Object> export = service.http().retrieve(service.as(user, HttpRequest.POST(
                "/api/v1/exports/json-resume", Map.of("generation_id", created.get("id")))), Map.class);
        assertThat(export).containsEntry("format", "json-resume").containsEntry("filename", "Richard_Hendriks_Resume.json");
        HttpResponse<byte[]> download = service.http().exchange(service.as(user,
                HttpRequest.GET((String) export.get("download_url"))), byte[].class);
        assertThat(download.getContentType().orElseThrow().toString()).startsWith("application/json");
        Map<String, Object> written = json.readValue(download.body(), Map.class);
        assertThat((Map<String, Object>) written.get("basics")).containsEntry("name", "Richard Hendriks")
                .containsEntry("label", "Programmer");

        Map<String, Object> again = service.http().retrieve(service.as(user,
                HttpRequest.POST("/api/v1/generations", Map.of("json_resume", written))), Map.class);
        assertThat(again.get("content_structured")).isEqualTo(created.get("content_structured"));
        assertThat((List<String>) again.get("unmapped")).containsExactly("/meta/jobwise/export");

        try (Connection c = service.pool().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT format FROM exports WHERE id = ?")) {
            q.setString(1, (String) export.get("export_id"));
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("json-resume");
            }
        }

        Map<String, Object> pdfExport = service.http().retrieve(service.as(user, HttpRequest.POST(
                "/api/v1/exports/pdf", Map.of("generation_id", created.get("id")))), Map.class);
        byte[] pdf = service.http().exchange(service.as(user,
                HttpRequest.GET((String) pdfExport.get("download_url"))), byte[].class).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Richard Hendriks", "Pied Piper", "University of Oklahoma",
                    "Digital Compression Pioneer Award");
        }
    }
}
