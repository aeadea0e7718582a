package com.jobwise.export.adapters.rest;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON Resume over HTTP: {@code POST /generations} with {@code json_resume} (validated against the official
 * schema by the real validator, 422 with JSON pointers), and {@code POST /exports/json-resume}.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class JsonResumeApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    final String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);

    static Map<String, Object> resume() {
        Map<String, Object> basics = new LinkedHashMap<>();
        basics.put("name", "Richard Hendriks");
        basics.put("label", "Programmer");
        basics.put("email", "richard@example.com");
        basics.put("image", "https://example.com/r.jpg");
        basics.put("profiles", List.of(
                Map.of("network", "GitHub", "username", "rhendriks", "url", "https://github.com/rhendriks"),
                Map.of("network", "Twitter", "username", "neutralthoughts")));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("basics", basics);
        doc.put("work", List.of(Map.of("name", "Pied Piper", "position", "CEO", "startDate", "2013-12-01",
                "url", "https://piedpiper.example.com", "highlights", List.of("Won Disrupt"))));
        doc.put("skills", List.of(Map.of("name", "Compression", "level", "Master", "keywords", List.of("MP4"))));
        return doc;
    }

    <T> HttpRequest<T> as(HttpRequest<T> request) {
        return ((io.micronaut.http.MutableHttpRequest<T>) request).bearerAuth(TestTokens.valid(alice));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String path, Object body) {
        return http.toBlocking().retrieve(as(HttpRequest.POST(path, body)), Map.class);
    }

    HttpClientResponseException failure(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response for " + request.getPath());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJsonResumeIsStoredAsAResumeListingWhatItCouldNotMap() {
        Map<String, Object> created = post("/api/v1/generations", Map.of("json_resume", resume()));

        assertThat(created).containsEntry("document_type", "resume");
        Map<String, Object> content = (Map<String, Object>) created.get("content_structured");
        assertThat((Map<String, Object>) content.get("header")).containsEntry("name", "Richard Hendriks")
                .containsEntry("title", "Programmer").containsEntry("github", "https://github.com/rhendriks");
        assertThat(content.get("sections").toString()).contains("company=Pied Piper", "bullets=[Won Disrupt]",
                "is_current=true", "items=[MP4]");
        assertThat((List<String>) created.get("unmapped")).containsExactly("/basics/image", "/basics/profiles/1",
                "/work/0/url", "/skills/0/level");

        Map<String, Object> plain = post("/api/v1/generations", Map.of("document_type", "resume",
                "content_structured", content));
        assertThat(plain).doesNotContainKey("unmapped");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJsonResumePostedAsTheWholeBodyIsRecognisedByItsBasics() {
        Map<String, Object> created = post("/api/v1/generations", resume());

        assertThat(created).containsEntry("document_type", "resume");
        Map<String, Object> content = (Map<String, Object>) created.get("content_structured");
        assertThat((Map<String, Object>) content.get("header")).containsEntry("name", "Richard Hendriks");
        assertThat((List<String>) created.get("unmapped")).containsExactly("/basics/image", "/basics/profiles/1",
                "/work/0/url", "/skills/0/level");

        Map<String, Object> invalid = resume();
        ((Map<String, Object>) invalid.get("basics")).put("email", "not-an-email");
        HttpClientResponseException e = failure(as(HttpRequest.POST("/api/v1/generations", invalid)));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"pointer\":\"/basics/email\"");
    }

    @Test
    void aGenerationFieldOfTheWrongTypeAnswers400WithoutNamingAClass() {
        HttpClientResponseException e = failure(as(HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "resume", "content_structured", List.of(1, 2)))));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("The body is not a generation")
                .doesNotContain("java.", "com.fasterxml", "Exception");
    }

    @Test
    void anInvalidJsonResumeAnswers422NamingEachPointer() {
        Map<String, Object> doc = resume();
        @SuppressWarnings("unchecked")
        Map<String, Object> basics = (Map<String, Object>) doc.get("basics");
        basics.put("email", "not-an-email");
        doc.put("work", List.of(Map.of("name", "Pied Piper", "startDate", "Dec 2013")));
        doc.put("hobbies", List.of("chess"));

        HttpClientResponseException e = failure(as(HttpRequest.POST("/api/v1/generations", Map.of("json_resume", doc))));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"pointer\":\"/basics/email\"", "\"pointer\":\"/work/0/startDate\"",
                "\"pointer\":\"/hobbies\"", "\"detail\":\"json_resume does not follow the JSON Resume schema v1.0.0");
    }

    @Test
    void aJsonResumeOfTheWrongShapeOrMixedWithContentAnswers422() {
        HttpClientResponseException wrongType = failure(as(HttpRequest.POST("/api/v1/generations",
                Map.of("json_resume", Map.of("basics", "Richard", "work", Map.of())))));
        assertThat(wrongType.getStatus().getCode()).isEqualTo(422);
        assertThat(wrongType.getResponse().getBody(String.class).orElseThrow())
                .contains("\"pointer\":\"/basics\"", "\"pointer\":\"/work\"");

        HttpClientResponseException mixed = failure(as(HttpRequest.POST("/api/v1/generations",
                Map.of("json_resume", resume(), "content_text", "Richard"))));
        assertThat(mixed.getStatus().getCode()).isEqualTo(422);
        assertThat(mixed.getResponse().getBody(String.class).orElseThrow())
                .contains("json_resume cannot be combined with content_structured or content_text");

        HttpClientResponseException letter = failure(as(HttpRequest.POST("/api/v1/generations",
                Map.of("json_resume", resume(), "document_type", "cover_letter"))));
        assertThat(letter.getStatus().getCode()).isEqualTo(422);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonResumeExportIsListedDownloadedAndSpendsTheDocxBudget() {
        String generationId = (String) post("/api/v1/generations", Map.of("json_resume", resume())).get("id");

        HttpResponse<Map> json = http.toBlocking().exchange(as(HttpRequest.POST("/api/v1/exports/json-resume",
                Map.of("generation_id", generationId, "template", "modern"))), Map.class);
        Map<String, Object> created = json.body();
        assertThat(created).containsEntry("format", "json-resume").containsEntry("filename", "Richard_Hendriks_Resume.json");
        HttpResponse<Map> docx = http.toBlocking().exchange(as(HttpRequest.POST("/api/v1/exports/docx",
                Map.of("generation_id", generationId, "template", "modern"))), Map.class);
        assertThat(Integer.parseInt(docx.header("RateLimit-Remaining")))
                .isEqualTo(Integer.parseInt(json.header("RateLimit-Remaining")) - 1);

        Map<String, Object> list = http.toBlocking().retrieve(as(HttpRequest.GET(
                "/api/v1/exports/files?format=json-resume")), Map.class);
        assertThat(list.get("files").toString()).contains((String) created.get("export_id")).doesNotContain("docx");

        HttpResponse<byte[]> download = http.toBlocking().exchange(as(HttpRequest.GET(
                "/api/v1/exports/files/" + created.get("export_id") + "/download")), byte[].class);
        assertThat(download.getContentType().orElseThrow().toString()).startsWith("application/json");
        assertThat(download.header("Content-Disposition")).contains("Richard_Hendriks_Resume.json");
        assertThat(new String(download.body())).startsWith("json-resume|Richard Hendriks|modern");
    }
}
