package com.jobwise.export.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text-based formats through the whole service on PostgreSQL and S3 (S3Proxy): the backend-engineer sample
 * resume exported as txt, md, html, json, csv and tex with the real renderers; each file downloaded and read as
 * its consumer reads it (commonmark-java + jsoup, jsoup, the JSON Schema fetched from the service, Commons CSV);
 * each listed under its format with the storage used counting its bytes, its row holding the format, and the
 * formats route listing them all.
 */
class FormatsEndToEndTest {
    static final ObjectMapper JACKSON = new ObjectMapper();
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
    void everyFormatIsExportedStoredListedAndDownloaded() throws Exception {
        String user = "e2e-fmt-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> sample = Samples.all(json).stream()
                .filter(e -> e.getKey().equals("resume-backend-engineer.json")).findFirst().orElseThrow().getValue();
        Map<String, Object> generation = service.http().retrieve(service.as(user,
                HttpRequest.POST("/api/v1/generations", sample)), Map.class);
        String schemaText = service.http().retrieve(service.as(user,
                HttpRequest.GET("/api/v1/exports/formats/json/schema")), String.class);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JACKSON.readTree(schemaText));

        Map<String, String> contentTypes = new LinkedHashMap<>();
        long total = 0;
        for (String format : List.of("txt", "md", "html", "json", "csv", "tex")) {
            HttpResponse<Map> created = service.http().exchange(service.as(user, HttpRequest.POST(
                    "/api/v1/exports/" + format, Map.of("generation_id", generation.get("id"), "template", "modern"))),
                    Map.class);
            assertThat(created.code()).isEqualTo(201);
            assertThat(created.header("RateLimit-Limit")).isNotNull();
            Map<String, Object> export = created.body();
            assertThat(export).containsEntry("format", format)
                    .containsEntry("filename", "Jordan_Alvarez-Nguyen_Resume." + format);
            HttpResponse<byte[]> download = service.http().exchange(service.as(user,
                    HttpRequest.GET((String) export.get("download_url"))), byte[].class);
            byte[] file = download.body();
            assertThat((long) file.length).isEqualTo(((Number) export.get("file_size_bytes")).longValue());
            total += file.length;
            contentTypes.put(format, download.getContentType().orElseThrow().toString().replace(" ", ""));
            String text = textOf(format, file, schema);
            assertThat(text).as(format).contains("Jordan Alvarez-Nguyen", "Ledgerline Payments",
                    "Re-architected nightly settlement batch jobs into streaming pipelines on Kafka");

            Map<String, Object> listed = service.http().retrieve(service.as(user,
                    HttpRequest.GET("/api/v1/exports/files?format=" + format)), Map.class);
            assertThat((List<Map<String, Object>>) listed.get("files")).extracting(f -> f.get("export_id"))
                    .containsExactly(export.get("export_id"));
            assertThat(((Number) listed.get("storage_used_bytes")).longValue()).isEqualTo(total);
            try (Connection c = service.pool().getConnection();
                 PreparedStatement q = c.prepareStatement("SELECT format FROM exports WHERE id = ?")) {
                q.setString(1, (String) export.get("export_id"));
                try (ResultSet rs = q.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(format);
                }
            }
        }
        assertThat(contentTypes).containsEntry("txt", "text/plain;charset=utf-8")
                .containsEntry("md", "text/markdown;charset=utf-8").containsEntry("html", "text/html;charset=utf-8")
                .containsEntry("json", "application/json").containsEntry("csv", "text/csv;charset=utf-8")
                .containsEntry("tex", "application/x-tex");

        Map<String, Object> formats = service.http().retrieve(service.as(user,
                HttpRequest.GET("/api/v1/exports/formats")), Map.class);
        assertThat((List<Map<String, Object>>) formats.get("formats")).extracting(f -> f.get("format"))
                .contains("txt", "md", "html", "json", "csv", "tex");
    }

    private static String textOf(String format, byte[] file, Schema schema) throws Exception {
        String raw = new String(file, StandardCharsets.UTF_8);
        return switch (format) {
            case "md" -> Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(raw))).text();
            case "html" -> {
                Document page = Jsoup.parse(raw);
                assertThat(page.select("script, link, img, iframe")).isEmpty();
                assertThat(page.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).matches("(https?|mailto):.*"));
                assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                        .startsWith("default-src 'none'");
                yield page.text();
            }
            case "json" -> {
                JsonNode tree = JACKSON.readTree(file);
                assertThat(schema.validate(tree)).isEmpty();
                yield tree.toString();
            }
            case "csv" -> {
                assertThat(raw).startsWith("\uFEFFsection,title,organisation,location,start,end,description,bullets\r\n");
                List<String> cells = new ArrayList<>();
                try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(raw.substring(1)))) {
                    for (CSVRecord r : parser) {
                        r.forEach(cells::add);
                    }
                }
                yield String.join("\n", cells);
            }
            case "tex" -> {
                assertThat(raw).startsWith("% Jordan Alvarez-Nguyen - Resume").contains("\\documentclass[11pt,letterpaper]{article}",
                        "\\begin{document}", "\\end{document}");
                yield raw;
            }
            default -> raw;
        };
    }
}
