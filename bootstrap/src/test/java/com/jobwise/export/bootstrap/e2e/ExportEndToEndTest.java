package com.jobwise.export.bootstrap.e2e;

import com.jobwise.export.adapters.s3.S3ObjectStore;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The whole service on PostgreSQL and S3 (S3Proxy, real HTTP, real signatures): every shipped
 * sample with structured content is imported, exported to PDF, downloaded, and read back with
 * PDFBox; the object sits in S3 under the spec's key and nobody else can reach it.
 */
class ExportEndToEndTest {
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
    void everySampleIsExportedToAReadablePdf() throws IOException {
        String user = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        int exported = 0;
        for (Map.Entry<String, Map<String, Object>> sample : Samples.all(json)) {
            Map<String, Object> generation = sample.getValue();
            Map<String, Object> content = (Map<String, Object>) generation.get("content_structured");
            if (content == null) {
                continue;
            }
            Map<String, Object> created = service.http().retrieve(service.as(user,
                    HttpRequest.POST("/api/v1/generations", generation)), Map.class);
            Map<String, Object> export = service.http().retrieve(service.as(user,
                    HttpRequest.POST("/api/v1/exports/pdf", Map.of("generation_id", created.get("id")))), Map.class);
            assertThat(export.get("page_count")).as(sample.getKey()).isInstanceOf(Integer.class);
            assertThat((Integer) export.get("page_count")).isGreaterThanOrEqualTo(1);

            HttpResponse<byte[]> download = service.http().exchange(service.as(user,
                    HttpRequest.GET((String) export.get("download_url"))), byte[].class);
            byte[] pdf = download.body();
            assertThat(pdf.length).isEqualTo(((Number) export.get("file_size_bytes")).intValue());
            String text;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isEqualTo(export.get("page_count"));
                text = normalize(new PDFTextStripper().getText(document));
            }
            Map<String, Object> header = (Map<String, Object>) content.get("header");
            assertThat(text).as(sample.getKey()).contains(normalize((String) header.get("name")),
                    (String) header.get("email"));
            for (String title : experienceTitles(content)) {
                assertThat(text).as(sample.getKey() + " title").contains(normalize(title));
            }

            String key = "exports/" + user + "/" + export.get("export_id") + ".pdf";
            assertThat(service.context().getBean(S3ObjectStore.class).exists(key)).isTrue();
            exported++;
        }
        assertThat(exported).isEqualTo(6);
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAnonymisedExportThroughHttpHoldsNoIdentifyingStringAndThePdfCarriesItsContent() throws IOException {
        String user = "e2e-anon-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> generation = Samples.all(json).stream()
                .filter(e -> e.getKey().equals("resume-backend-engineer.json")).findFirst().orElseThrow().getValue();
        Map<String, Object> content = (Map<String, Object>) generation.get("content_structured");
        Map<String, Object> header = (Map<String, Object>) content.get("header");
        String name = (String) header.get("name");
        List<String> removed = List.of(name, name.substring(name.lastIndexOf(' ') + 1), (String) header.get("email"),
                (String) header.get("phone"), (String) header.get("location"),
                ((String) header.get("github")).replaceFirst("^https?://", ""),
                ((String) header.get("linkedin")).replaceFirst("^https?://(www\\.)?", ""));
        Map<String, Object> created = service.http().retrieve(service.as(user,
                HttpRequest.POST("/api/v1/generations", generation)), Map.class);

        for (String format : List.of("pdf", "docx")) {
            Map<String, Object> export = service.http().retrieve(service.as(user, HttpRequest.POST(
                    "/api/v1/exports/" + format, Map.of("generation_id", created.get("id"), "template", "modern",
                            "options", Map.of("anonymize", true)))), Map.class);
            HttpResponse<byte[]> download = service.http().exchange(service.as(user,
                    HttpRequest.GET((String) export.get("download_url"))), byte[].class);
            String readable = export.get("filename") + "\n" + download.getHeaders().get("Content-Disposition") + "\n";
            if (format.equals("pdf")) {
                try (PDDocument document = Loader.loadPDF(download.body())) {
                    readable += normalize(new PDFTextStripper().getText(document)) + "\n"
                            + document.getDocumentInformation().getAuthor() + "\n"
                            + document.getDocumentInformation().getTitle() + "\n"
                            + new String(embedded(document), java.nio.charset.StandardCharsets.UTF_8);
                }
            } else {
                readable += docxText(download.body());
            }
            for (String value : removed) {
                assertThat(readable).as(format).doesNotContainIgnoringCase(value);
            }
            String bullet = ((List<String>) ((List<Map<String, Object>>) ((Map<String, Object>) ((List<?>) content
                    .get("sections")).stream().filter(x -> "experience".equals(((Map<?, ?>) x).get("type")))
                    .findFirst().orElseThrow()).get("entries")).getFirst().get("bullets")).getFirst();
            assertThat(readable.toLowerCase(java.util.Locale.ROOT)).as(format).contains("j. a.-n.", "experience",
                    normalize(bullet).substring(0, 20).toLowerCase(java.util.Locale.ROOT));
        }

        Map<String, Object> plain = service.http().retrieve(service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", created.get("id")))), Map.class);
        byte[] pdf = service.http().exchange(service.as(user, HttpRequest.GET((String) plain.get("download_url"))),
                byte[].class).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, Object> embedded = json.readValue(embedded(document), Map.class);
            assertThat(ContentReader.read(DocumentType.RESUME, embedded))
                    .isEqualTo(ContentReader.read(DocumentType.RESUME, content));
        }
    }

    /** The one embedded file of {@code document} ({@code resume.json}). */
    private static byte[] embedded(PDDocument document) throws IOException {
        var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
        assertThat(files).containsOnlyKeys("resume.json");
        return files.get("resume.json").getEmbeddedFile().toByteArray();
    }

    /** Every part of a DOCX package, as text. */
    private static String docxText(byte[] docx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                all.append(xml).append('\n').append(xml.replaceAll("<[^>]+>", "")).append('\n');
            }
        }
        return all.toString();
    }

    @SuppressWarnings("unchecked")
    @Test
    void anotherUserCannotReachTheExportAndDeleteRemovesTheObject() {
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> sample = Samples.all(json).stream()
                .filter(e -> e.getKey().equals("resume-new-graduate.json")).findFirst().orElseThrow().getValue();
        Map<String, Object> created = service.http().retrieve(service.as(owner,
                HttpRequest.POST("/api/v1/generations", sample)), Map.class);
        Map<String, Object> export = service.http().retrieve(service.as(owner,
                HttpRequest.POST("/api/v1/exports/pdf", Map.of("generation_id", created.get("id")))), Map.class);
        String id = (String) export.get("export_id");

        assertThat(service.status(service.as(stranger, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")))).isEqualTo(404);
        assertThat(service.status(service.as(stranger, HttpRequest.DELETE("/api/v1/exports/files/" + id)))).isEqualTo(404);
        assertThat(service.status(service.as(stranger, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", created.get("id")))))).isEqualTo(404);

        assertThat(service.status(service.as(owner, HttpRequest.DELETE("/api/v1/exports/files/" + id)))).isEqualTo(204);
        String key = "exports/" + owner + "/" + id + ".pdf";
        assertThat(service.context().getBean(S3ObjectStore.class).exists(key)).isFalse();
        assertThat(service.status(service.as(owner, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")))).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    static List<String> experienceTitles(Map<String, Object> content) {
        List<String> titles = new ArrayList<>();
        for (Object s : (List<Object>) content.getOrDefault("sections", List.of())) {
            Map<String, Object> section = (Map<String, Object>) s;
            if ("experience".equals(section.get("type"))) {
                for (Object e : (List<Object>) section.get("entries")) {
                    titles.add((String) ((Map<String, Object>) e).get("title"));
                }
            }
        }
        return titles;
    }

    /** Folds line breaks and runs of spaces; characters stay as they are. */
    static String normalize(String text) {
        if (text == null) {
            fail("missing text");
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
