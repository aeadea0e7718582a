package com.jobwise.export.bootstrap.e2e;

import com.jobwise.export.bootstrap.EmbeddedS3Server;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's bad input on the real service: a NUL on PostgreSQL (which refuses NUL in text) answers 400, not
 * 500; a document too long for the page limit answers 422 quickly; a batch while the object store or the
 * database is down answers 503 with Retry-After, naming the part that is down, and spends no rate-limit budget.
 */
class BadInputEndToEndTest {

    static String user() {
        return "bad-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static HttpClientResponseException failure(RunningService service, HttpRequest<?> request) {
        try {
            service.http().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error for " + request.getPath());
    }

    @SuppressWarnings("unchecked")
    static String generation(RunningService service, String user, Map<String, Object> content) {
        return (String) service.http().retrieve(service.as(user, HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "resume", "content_structured", content))), Map.class).get("id");
    }

    static Map<String, Object> longResume(int entries, int bulletChars) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            list.add(Map.of("company", "Company " + i, "title", "Engineer", "start_date", "2020-01",
                    "bullets", List.of("x ".repeat(bulletChars / 2), "y ".repeat(bulletChars / 2))));
        }
        return Map.of("header", Map.of("name", "Ann Lee"), "sections", List.of(Map.of("type", "experience",
                "title", "Experience", "entries", list)));
    }

    @Test
    void aNulOnPostgresAnswers400AndATooLongDocument422Quickly() throws Exception {
        try (RunningService service = RunningService.onPostgres(Map.of("export.rendering.max-pages", 3))) {
            String user = user();
            HttpClientResponseException nul = failure(service, service.as(user, HttpRequest.POST("/api/v1/generations",
                    "{\"document_type\":\"resume\",\"content_structured\":{\"header\":{\"name\":\"a\\u0000b\"}}}")));
            assertThat(nul.code()).isEqualTo(400);
            assertThat(nul.getResponse().getBody(String.class).orElseThrow()).contains("must not contain NUL");

            String huge = generation(service, user, longResume(300, 1000)); // ~600 kB: refused before rendering
            String small = generation(service, user, longResume(1, 100));
            assertThat(service.status(service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                    Map.of("generation_id", small))))).as("warm-up export").isEqualTo(201);
            long started = System.nanoTime();
            HttpClientResponseException tooBig = failure(service, service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                    Map.of("generation_id", huge))));
            assertThat(tooBig.code()).isEqualTo(422);
            assertThat(tooBig.getResponse().getBody(String.class).orElseThrow()).contains("Document too long");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

            String longer = generation(service, user, longResume(20, 600)); // under 30,000 characters, over 3 pages
            HttpClientResponseException pages = failure(service, service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                    Map.of("generation_id", longer))));
            assertThat(pages.code()).isEqualTo(422);
            assertThat(pages.getResponse().getBody(String.class).orElseThrow())
                    .containsPattern("Document too long: it renders to \\d+ pages, at most 3 are allowed");
        }
    }

    @Test
    void aBatchWhileStorageIsDownAnswers503NamingStorageAndSpendsNoBudget() throws Exception {
        try (RunningService service = RunningService.onPostgres()) {
            String user = user();
            String generation = generation(service, user, longResume(1, 100));
            HttpRequest<?> batch = service.as(user, HttpRequest.POST("/api/v1/exports/batch", Map.of("exports",
                    List.of(Map.of("generation_id", generation, "format", "pdf"),
                            Map.of("generation_id", generation, "format", "docx")))));
            service.context().getBean(EmbeddedS3Server.class).close();

            HttpClientResponseException down = failure(service, batch);
            assertThat(down.code()).isEqualTo(503);
            assertThat(down.getResponse().header("Retry-After")).isNotBlank();
            assertThat(down.getResponse().getBody(String.class).orElseThrow())
                    .contains("Storage is temporarily unavailable");
            assertThat(down.getResponse().header("RateLimit-Remaining")).isEqualTo("10");
        }
    }

    @Test
    void aBatchWhileTheDatabaseIsDownAnswers503NamingTheDatabase() throws Exception {
        try (RunningService service = RunningService.embeddedDefaults()) {
            String user = user();
            String generation = generation(service, user, longResume(1, 100));
            HttpRequest<?> batch = service.as(user, HttpRequest.POST("/api/v1/exports/batch", Map.of("exports",
                    List.of(Map.of("generation_id", generation, "format", "pdf")))));
            ((AutoCloseable) service.pool()).close();

            HttpClientResponseException down = failure(service, batch);
            assertThat(down.code()).isEqualTo(503);
            assertThat(down.getResponse().header("Retry-After")).isNotBlank();
            assertThat(down.getResponse().getBody(String.class).orElseThrow())
                    .contains("The database is temporarily unavailable");
            assertThat(down.getResponse().header("RateLimit-Remaining")).isEqualTo("10");
            HttpResponse<String> stillUp = service.http().exchange(service.as(user,
                    HttpRequest.GET("/api/v1/exports/templates")), String.class);
            assertThat(stillUp.code()).isEqualTo(200);
        }
    }
}
