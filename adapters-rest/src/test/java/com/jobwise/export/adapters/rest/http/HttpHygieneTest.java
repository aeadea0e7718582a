package com.jobwise.export.adapters.rest.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jobwise.export.adapters.rest.TestTokens;
import com.jobwise.export.adapters.rest.error.ExportExceptionHandler;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.jobwise.export.adapters.rest.http.HttpTestSupport.json;
import static com.jobwise.export.adapters.rest.http.HttpTestSupport.request;
import static com.jobwise.export.adapters.rest.http.HttpTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP hygiene over a real socket: security headers on every kind of response, X-Request-Id in and out and in
 * the logs, CORS from the allow-list, the 1 MB JSON body limit and problem+json error bodies.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
@Property(name = "export.http.cors.allowed-origins", value = "https://app.jobwise.test, http://localhost:3000/")
// The server listens on localhost: without this, Micronaut's own CorsFilter refuses every non-local Origin
// ("drive-by localhost" protection) before ours can answer; a deployed service is not on localhost.
@Property(name = "micronaut.server.cors.localhost-pass-through", value = "true")
class HttpHygieneTest {
    static final String ALLOWED = "https://app.jobwise.test";
    static final String OTHER = "https://evil.example";
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    InMemoryObjectStore store;

    final String user = TestTokens.newUser("hygiene");
    final String token = TestTokens.valid(user);
    final List<ListAppender<ILoggingEvent>> appenders = new ArrayList<>();
    final Map<Logger, ch.qos.logback.classic.Level> levels = new java.util.HashMap<>();

    URI base() {
        return server.getURI();
    }

    HttpRequest.Builder authed(String path) {
        return request(base(), path).header("Authorization", "Bearer " + token);
    }

    @AfterEach
    void detachAppenders() {
        store.failNextCalls(false);
        for (ListAppender<ILoggingEvent> appender : appenders) {
            appender.stop();
            ((Logger) LoggerFactory.getLogger(appender.getName())).detachAppender(appender);
        }
        levels.forEach(Logger::setLevel);
    }

    ListAppender<ILoggingEvent> capture(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setName(loggerName);
        appender.start();
        logger.addAppender(appender);
        levels.put(logger, logger.getLevel());
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        appenders.add(appender);
        return appender;
    }

    static void assertSecurityHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as("nosniff").contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000; includeSubDomains");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().allValues("X-Content-Type-Options")).hasSize(1);
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        List<HttpResponse<String>> responses = List.of(
                send(authed("/api/v1/exports/templates").build()),                             // 200
                send(request(base(), "/api/v1/exports/templates").build()),                   // 401
                send(authed("/api/v1/no-such-route").build()),                                 // 404 (no route)
                send(authed("/api/v1/generations").header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{not json")).build()),                  // 400
                send(authed("/api/v1/exports/files/" + UUID.randomUUID() + "/download").build()), // 404 (domain)
                send(request(base(), "/api/v1/exports/pdf").header("Origin", ALLOWED)
                        .header("Access-Control-Request-Method", "POST")
                        .method("OPTIONS", BodyPublishers.noBody()).build()));                 // 204 preflight
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 401, 404, 400, 404, 204);
        responses.forEach(HttpHygieneTest::assertSecurityHeaders);
        assertThat(responses.get(0).headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(responses.get(0).headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aValidRequestIdIsEchoedAnInvalidOneReplaced() {
        HttpResponse<String> echoed = send(authed("/api/v1/exports/templates").header("X-Request-Id", "abc.DEF_123-x").build());
        assertThat(echoed.headers().firstValue("X-Request-Id")).contains("abc.DEF_123-x");

        for (String invalid : List.of("has space", "x".repeat(129), "<script>", "a;b", "ü")) {
            HttpResponse<String> replaced = send(authed("/api/v1/exports/templates")
                    .header("X-Request-Id", invalid).build());
            assertThat(replaced.headers().firstValue("X-Request-Id")).as(invalid).get().asString()
                    .matches(UUID_PATTERN);
        }
        Set<String> generated = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String id = send(authed("/api/v1/exports/templates").build()).headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(id).matches(UUID_PATTERN);
            generated.add(id);
        }
        assertThat(generated).hasSize(3);
        assertThat(send(authed("/api/v1/exports/templates").header("X-Request-Id", "x".repeat(128)).build())
                .headers().firstValue("X-Request-Id")).contains("x".repeat(128));
    }

    @Test
    void logLinesOfARequestCarryItsIdAndNeverTheToken() {
        ListAppender<ILoggingEvent> errors = capture(ExportExceptionHandler.class.getName());
        ListAppender<ILoggingEvent> access = capture(RequestIdFilter.ACCESS_LOGGER);
        String generationId = (String) json(mapper, send(authed("/api/v1/generations")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"document_type\":\"resume\",\"content_text\":\"Jane Doe\\nEngineer\"}"))
                .build()).body()).get("id");
        store.failNextCalls(true);

        HttpResponse<String> failed = send(authed("/api/v1/exports/pdf").header("X-Request-Id", "trace-503-abc")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"generation_id\":\"" + generationId + "\"}")).build());

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(errors.list).as("the handler logged the outage on the request's worker thread").isNotEmpty();
        assertThat(errors.list).allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("request_id", "trace-503-abc"));
        ILoggingEvent line = access.list.stream()
                .filter(e -> "trace-503-abc".equals(e.getMDCPropertyMap().get("request_id"))).findFirst().orElseThrow();
        assertThat(line.getMDCPropertyMap()).containsEntry("http_method", "POST")
                .containsEntry("http_path", "/api/v1/exports/pdf").containsEntry("http_status", "503");
        List<ILoggingEvent> all = new ArrayList<>(errors.list);
        all.addAll(access.list);
        assertThat(all).allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).doesNotContain(token).doesNotContain("Bearer");
            assertThat(e.getMDCPropertyMap().values()).noneMatch(v -> v.contains(token));
        });
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredBeforeAuthentication() {
        HttpResponse<String> preflight = send(request(base(), "/api/v1/exports/pdf").header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .method("OPTIONS", BodyPublishers.noBody()).build());

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST", "DELETE");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .contains("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).contains("600");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> trailingSlashListed = send(request(base(), "/api/v1/exports/pdf")
                .header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", BodyPublishers.noBody()).build());
        assertThat(trailingSlashListed.statusCode()).isEqualTo(204);
    }

    @Test
    void originsCompareInCanonicalForm() {
        for (String same : List.of("HTTPS://App.Jobwise.TEST", "https://app.jobwise.test:443", "https://app.jobwise.test.",
                "https://app.jobwise.test/", "http://LOCALHOST:3000")) {
            HttpResponse<String> preflight = send(request(base(), "/api/v1/exports/pdf").header("Origin", same)
                    .header("Access-Control-Request-Method", "POST").method("OPTIONS", BodyPublishers.noBody()).build());
            assertThat(preflight.statusCode()).as(same).isEqualTo(204);
        }
        for (String other : List.of("https://app.jobwise.test:8443", "http://app.jobwise.test",
                "https://app.jobwise.test.evil", "https://evil@app.jobwise.test", "https://app.jobwise.test/x", "null")) {
            HttpResponse<String> preflight = send(request(base(), "/api/v1/exports/pdf").header("Origin", other)
                    .header("Access-Control-Request-Method", "POST").method("OPTIONS", BodyPublishers.noBody()).build());
            assertThat(preflight.statusCode()).as(other).isEqualTo(403);
        }
    }

    @Test
    void anotherOriginGetsNoCorsHeadersAndItsPreflightIsRefused() {
        HttpResponse<String> preflight = send(request(base(), "/api/v1/exports/pdf").header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", BodyPublishers.noBody()).build());
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> get = send(authed("/api/v1/exports/templates").header("Origin", OTHER).build());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(get.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
    }

    @Test
    void anAllowedOriginMayReadTheAnswerAndItsHeaders() {
        HttpResponse<String> get = send(authed("/api/v1/exports/templates").header("Origin", ALLOWED).build());

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(get.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("X-Request-Id", "Content-Disposition", "Retry-After", "RateLimit-Remaining", "Idempotency-Replayed");
    }

    static String generationBody(int contentBytes) {
        return "{\"document_type\":\"resume\",\"content_text\":\"" + "a".repeat(contentBytes) + "\"}";
    }

    @Test
    void aJsonBodyOverOneMegabyteAnswers413WithAProblem() {
        String body = generationBody(1024 * 1024 + 10);

        HttpResponse<String> declared = send(authed("/api/v1/generations").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build());
        HttpResponse<String> anonymous = send(request(base(), "/api/v1/generations")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build());

        for (HttpResponse<String> response : List.of(declared, anonymous)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json(mapper, response.body())).containsEntry("status", 413)
                    .containsEntry("detail", "Request body is larger than 1048576 bytes");
            assertSecurityHeaders(response);
        }
    }

    @Test
    void aChunkedJsonBodyOverOneMegabyteAnswers413() {
        byte[] body = generationBody(1024 * 1024 + 10).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> chunked = send(authed("/api/v1/generations").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json(mapper, chunked.body())).containsEntry("detail", "Request body is larger than 1048576 bytes");
    }

    @Test
    void bodiesUnderTheLimitReachTheRouteWhetherDeclaredOrChunked() {
        byte[] body = generationBody(900 * 1024).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = send(authed("/api/v1/generations").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body)).build());
        HttpResponse<String> chunked = send(authed("/api/v1/generations").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(201);
        assertThat((String) json(mapper, chunked.body()).get("content_text")).hasSize(900 * 1024);
    }

    @Test
    void errorsTheFrameworkAnswersAreProblemsWithADetail() {
        Map<Integer, HttpResponse<String>> responses = Map.of(
                401, send(request(base(), "/api/v1/exports/files").build()),
                415, send(authed("/api/v1/exports/pdf").header("Content-Type", "text/plain")
                        .POST(BodyPublishers.ofString("{}")).build()),
                404, send(authed("/api/v1/exports/files/" + UUID.randomUUID() + "/download").build()),
                400, send(authed("/api/v1/exports/pdf").header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{\"generation_id\": ")).build()));

        responses.forEach((status, response) -> {
            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.headers().firstValue("Content-Type")).as(String.valueOf(status))
                    .contains("application/problem+json");
            Map<String, Object> problem = json(mapper, response.body());
            assertThat(problem).containsEntry("status", status).containsKey("title");
            assertThat((String) problem.get("detail")).isNotBlank();
        });
    }
}
