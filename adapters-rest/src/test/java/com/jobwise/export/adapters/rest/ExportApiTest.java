package com.jobwise.export.adapters.rest;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTP contract of the export and generation routes: bodies, statuses, messages, security, ownership. */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class ExportApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    final String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);
    final String bob = "bob-" + UUID.randomUUID().toString().substring(0, 8);

    static final Map<String, Object> RESUME = Map.of(
            "header", Map.of("name", "Zoë Łukasiewicz", "email", "zoe@example.com"),
            "sections", List.of(Map.of("type", "professional_summary", "content", "Hi.")));

    <T> HttpRequest<T> as(String user, HttpRequest<T> request) {
        return ((io.micronaut.http.MutableHttpRequest<T>) request).bearerAuth(TestTokens.valid(user));
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

    String importResume(String user) {
        return (String) post(user, "/api/v1/generations", Map.of("document_type", "resume",
                "content_structured", RESUME)).get("id");
    }

    @Test
    void exportListDownloadDeleteRoundTrip() {
        String generationId = importResume(alice);

        Map<String, Object> created = post(alice, "/api/v1/exports/pdf", Map.of("generation_id", generationId,
                "options", Map.of("font_size", 12), "filename", "Zoë CV.pdf"));
        assertThat(created).containsEntry("generation_id", generationId).containsEntry("document_type", "resume")
                .containsEntry("format", "pdf").containsEntry("template", "modern")
                .containsEntry("filename", "Zoë_CV.pdf").containsEntry("page_count", 1)
                .containsKeys("export_id", "file_size_bytes", "download_url", "expires_at", "created_at", "metadata");
        String id = (String) created.get("export_id");
        assertThat(created.get("download_url")).isEqualTo("/api/v1/exports/files/" + id + "/download");
        assertThat(Duration.between(Instant.parse((String) created.get("created_at")),
                Instant.parse((String) created.get("expires_at")))).isEqualTo(Duration.ofDays(30));
        assertThat((Map<String, Object>) created.get("metadata")).containsKey("processing_time_seconds");
        assertThat(created.toString()).doesNotContain("exports/" + alice);

        @SuppressWarnings("unchecked") Map<String, Object> list = http.toBlocking().retrieve(as(alice, HttpRequest.GET("/api/v1/exports/files?format=pdf")), Map.class);
        assertThat(list.get("total")).isEqualTo(1);
        assertThat((Map<String, Object>) list.get("pagination")).containsEntry("limit", 20).containsEntry("offset", 0)
                .containsEntry("total", 1).containsEntry("hasMore", false);
        assertThat(list).containsKeys("storage_used_bytes", "storage_limit_bytes");
        assertThat(list.get("storage_limit_bytes")).isEqualTo(104857600);

        HttpResponse<byte[]> file = http.toBlocking().exchange(
                as(alice, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")), byte[].class);
        assertThat(file.getContentType()).contains(MediaType.of("application/pdf"));
        assertThat(file.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Zoe_CV.pdf\"; filename*=UTF-8''Zo%C3%AB_CV.pdf");
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("pdf|Zoë Łukasiewicz|modern");

        HttpResponse<?> deleted = http.toBlocking().exchange(as(alice, HttpRequest.DELETE("/api/v1/exports/files/" + id)));
        assertThat(deleted.status().getCode()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
        HttpClientResponseException gone = failure(as(alice, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")));
        assertThat(gone.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(gone.getResponse().getBody(String.class).orElseThrow())
                .contains("\"detail\":\"Export file not found or has expired\"");
    }

    @Test
    void docxRouteExportsDocx() {
        String generationId = importResume(alice);

        Map<String, Object> created = post(alice, "/api/v1/exports/docx", Map.of("generation_id", generationId,
                "template", "classic", "options", Map.of("include_comments", true)));

        assertThat(created).containsEntry("format", "docx").containsEntry("template", "classic")
                .containsEntry("filename", "Zoë_Łukasiewicz_Resume.docx").doesNotContainKey("page_count");
    }

    @Test
    void anotherUsersFilesAndGenerationsAnswer404OnEveryRoute() {
        String generationId = importResume(alice);
        String id = (String) post(alice, "/api/v1/exports/pdf", Map.of("generation_id", generationId)).get("export_id");

        assertThat(failure(as(bob, HttpRequest.POST("/api/v1/exports/pdf", Map.of("generation_id", generationId))))
                .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(failure(as(bob, HttpRequest.POST("/api/v1/exports/docx", Map.of("generation_id", generationId))))
                .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(failure(as(bob, HttpRequest.GET("/api/v1/generations/" + generationId))).getStatus().getCode())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        HttpClientResponseException download = failure(as(bob, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")));
        assertThat(download.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(download.getResponse().getBody(String.class).orElse("")).doesNotContain("pdf|");
        assertThat(failure(as(bob, HttpRequest.DELETE("/api/v1/exports/files/" + id))).getStatus().getCode())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        Map<?, ?> bobsList = http.toBlocking().retrieve(as(bob, HttpRequest.GET("/api/v1/exports/files")), Map.class);
        assertThat(bobsList.get("total")).isEqualTo(0);

        assertThat(http.toBlocking().exchange(as(alice, HttpRequest.GET("/api/v1/exports/files/" + id + "/download")),
                byte[].class).status().getCode()).isEqualTo(HttpStatus.OK.getCode());
    }

    @Test
    void clientErrorsCarryTheSpecsMessages() {
        String generationId = importResume(alice);

        HttpClientResponseException template = failure(as(alice, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generationId, "template", "futuristic"))));
        assertThat(template.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(template.getResponse().getContentType()).contains(MediaType.of("application/problem+json"));
        assertThat(template.getResponse().getBody(String.class).orElseThrow()).contains(
                "\"detail\":\"Template 'futuristic' does not exist. Available: modern, classic, creative, ats-optimized\"");

        HttpClientResponseException option = failure(as(alice, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generationId, "options", Map.of("font_size", 30)))));
        assertThat(option.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(option.getResponse().getBody(String.class).orElseThrow())
                .contains("\"detail\":\"font_size must be between 9 and 14\"");
        for (String flag : List.of("embed_source", "anonymize")) {
            HttpClientResponseException notBoolean = failure(as(alice, HttpRequest.POST("/api/v1/exports/docx",
                    Map.of("generation_id", generationId, "template", "classic", "options", Map.of(flag, "yes")))));
            assertThat(notBoolean.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
            assertThat(notBoolean.getResponse().getBody(String.class).orElseThrow())
                    .contains("\"detail\":\"" + flag + " must be true or false\"");
        }
        HttpClientResponseException language = failure(as(alice, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generationId, "options", Map.of("language", "tlh")))));
        assertThat(language.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(language.getResponse().getBody(String.class).orElseThrow())
                .contains("\"detail\":\"language must be one of en, fr, de, es, pt, pl");

        HttpClientResponseException missing = failure(as(alice, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", UUID.randomUUID().toString()))));
        assertThat(missing.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(missing.getResponse().getBody(String.class).orElseThrow())
                .contains("\"detail\":\"Generation not found or does not belong to user\"");

        HttpClientResponseException noId = failure(as(alice, HttpRequest.POST("/api/v1/exports/pdf", Map.of())));
        assertThat(noId.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(noId.getResponse().getBody(String.class).orElseThrow()).contains("generation_id is required");

        HttpClientResponseException badJson = failure(as(alice, HttpRequest.POST("/api/v1/exports/pdf", "{not json")
                .contentType(MediaType.APPLICATION_JSON_TYPE)));
        assertThat(badJson.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(badJson.getResponse().getBody(String.class).orElseThrow()).contains("\"detail\"");

        HttpClientResponseException badContent = failure(as(alice, HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "resume", "content_structured", Map.of("sections", "nope")))));
        assertThat(badContent.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(badContent.getResponse().getBody(String.class).orElseThrow())
                .contains("content_structured.sections must be an array");

        HttpClientResponseException badType = failure(as(alice, HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "memo", "content_text", "x"))));
        assertThat(badType.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());

        HttpClientResponseException badLimit = failure(as(alice, HttpRequest.GET("/api/v1/exports/files?limit=0")));
        assertThat(badLimit.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(failure(as(alice, HttpRequest.GET("/api/v1/exports/files?limit=abc"))).getStatus().getCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());

        assertThat(failure(as(alice, HttpRequest.GET("/api/v1/exports/files/not-a-uuid/download"))).getStatus().getCode())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/exports/files", "/api/v1/generations/x",
            "/api/v1/exports/files/00000000-0000-0000-0000-000000000000/download"})
    void everyRouteRequiresAToken(String path) {
        HttpClientResponseException e = failure(HttpRequest.GET(path));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void postAndDeleteRoutesRequireAToken() {
        assertThat(failure(HttpRequest.POST("/api/v1/exports/pdf", Map.of("generation_id", "x"))).getStatus().getCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(failure(HttpRequest.POST("/api/v1/exports/docx", Map.of("generation_id", "x"))).getStatus().getCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(failure(HttpRequest.POST("/api/v1/generations", Map.of("document_type", "resume"))).getStatus().getCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(failure(HttpRequest.DELETE("/api/v1/exports/files/x")).getStatus().getCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void badTokensAreRefusedWith401() {
        Instant later = Instant.now().plus(Duration.ofHours(1));
        List<String> bad = List.of(
                "not.a.jwt",
                "garbage",
                TestTokens.unsigned(alice),
                TestTokens.hs256("another-secret-0123456789-abcdefghijklmnop", TestTokens.claims(alice, later)),
                TestTokens.hs512(TestTokens.SECRET + TestTokens.SECRET, TestTokens.claims(alice, later)),
                TestTokens.hs256(TestTokens.SECRET, TestTokens.claims(alice, Instant.now().minus(Duration.ofHours(1)))),
                TestTokens.hs256(TestTokens.SECRET, TestTokens.claims(alice, null)),
                // Any printable-ASCII sub of 1-255 characters is a user id (even "../../etc", which only ever
                // reaches an object key encoded); spaces, control and non-ASCII characters and 256 are not.
                TestTokens.hs256(TestTokens.SECRET, TestTokens.claims("a b", later)),
                TestTokens.hs256(TestTokens.SECRET, TestTokens.claims("a\u0001b", later)),
                TestTokens.hs256(TestTokens.SECRET, TestTokens.claims("café", later)),
                TestTokens.hs256(TestTokens.SECRET, TestTokens.claims("", later)),
                TestTokens.hs256(TestTokens.SECRET, TestTokens.claims("x".repeat(256), later)));
        for (String token : bad) {
            HttpClientResponseException e = failure(HttpRequest.GET("/api/v1/exports/files").bearerAuth(token));
            assertThat(e.getStatus().getCode()).as(token).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        }
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/files")
                .bearerAuth(TestTokens.valid(alice)), Map.class).status().getCode()).isEqualTo(HttpStatus.OK.getCode());
    }
}
