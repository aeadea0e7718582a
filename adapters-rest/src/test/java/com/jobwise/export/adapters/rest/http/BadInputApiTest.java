package com.jobwise.export.adapters.rest.http;

import com.jobwise.export.adapters.rest.TestTokens;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.ratelimit.InMemoryRateLimiter;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, "Bad input, clean answers", over a real socket: NUL anywhere → 400 naming where; a null or wrongly
 * typed array element → 422 naming it; unknown route 404, wrong media type 415, oversized headers 431, overlong
 * target 414, overlong id 404; a batch during a storage outage → 503 with Retry-After naming storage and costing
 * no rate-limit budget.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class BadInputApiTest {
    @Inject
    EmbeddedServer server;
    @Inject
    InMemoryObjectStore store;
    @Inject
    InMemoryRateLimiter limiter;

    final String user = TestTokens.newUser("bad-input");

    @AfterEach
    void restore() {
        store.failNextCalls(false);
    }

    RawHttp.Response send(String method, String target, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Authorization", "Bearer " + TestTokens.valid(user));
        all.put("Content-Type", "application/json");
        all.putAll(headers);
        return RawHttp.send(server.getURI(), method, target, all,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    String generation() {
        RawHttp.Response created = send("POST", "/api/v1/generations", Map.of(),
                "{\"document_type\":\"resume\",\"content_structured\":{\"header\":{\"name\":\"Ann Lee\"}}}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aNulAnywhereAnswers400NamingWhere() {
        String generation = generation();
        assertThat(send("POST", "/api/v1/exports/pdf", Map.of(),
                "{\"generation_id\":\"" + generation + "\",\"filename\":\"a\\u0000b\"}"))
                .satisfies(r -> assertThat(r.status()).isEqualTo(400))
                .satisfies(r -> assertThat(r.body()).contains("The request body must not contain NUL characters"));
        assertThat(send("POST", "/api/v1/generations", Map.of(),
                "{\"document_type\":\"resume\",\"content_structured\":{\"header\":{\"name\":\"a\\u0000\"}}}").status())
                .isEqualTo(400);
        RawHttp.Response path = send("GET", "/api/v1/exports/files/a%00b/download", Map.of(), null);
        assertThat(path.status()).isEqualTo(400);
        assertThat(path.body()).contains("The request path must not contain NUL characters");
        RawHttp.Response query = send("GET", "/api/v1/exports/files?template=a%00", Map.of(), null);
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.body()).contains("Query parameter 'template' must not contain NUL characters");
        RawHttp.Response header = send("GET", "/api/v1/exports/files", Map.of("X-Request-Id", "a\u0000b"), null);
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.body()).contains("control characters such as NUL are refused");
        // An escaped backslash before "u0000" is text, not a NUL.
        assertThat(send("POST", "/api/v1/exports/pdf", Map.of(),
                "{\"generation_id\":\"" + generation + "\",\"filename\":\"a\\\\u0000\"}").status()).isEqualTo(201);
    }

    @Test
    void aNullOrWronglyTypedArrayElementAnswers422NamingIt() {
        String generation = generation();
        String item = "{\"generation_id\":\"" + generation + "\",\"format\":\"pdf\"}";
        RawHttp.Response nulled = send("POST", "/api/v1/exports/batch", Map.of(),
                "{\"exports\":[" + item + "," + item + ",null]}");
        assertThat(nulled.status()).isEqualTo(422);
        assertThat(nulled.body()).contains("exports[2] must be an object");
        limiter.reset();
        RawHttp.Response typed = send("POST", "/api/v1/exports/batch", Map.of(), "{\"exports\":[" + item + ",7]}");
        assertThat(typed.status()).isEqualTo(422);
        assertThat(typed.body()).contains("exports[1] must be an object");
        RawHttp.Response inner = send("POST", "/api/v1/exports/batch", Map.of(),
                "{\"exports\":[" + item + ",{\"generation_id\":{\"a\":1}}]}");
        assertThat(inner.status()).isEqualTo(422);
        assertThat(inner.body()).contains("exports[1].generation_id must be a string");
        RawHttp.Response editable = send("POST", "/api/v1/exports/docx", Map.of(), "{\"generation_id\":\"" + generation
                + "\",\"options\":{\"editable_fields\":[\"skills\",null]}}");
        assertThat(editable.status()).isEqualTo(422);
        assertThat(editable.body()).contains("editable_fields[1] must be a section name");
        RawHttp.Response field = send("POST", "/api/v1/exports/pdf", Map.of(), "{\"generation_id\":{}}");
        assertThat(field.status()).isEqualTo(400);
        assertThat(field.body()).contains("generation_id must be a string").doesNotContain("java", "Exception");
        limiter.reset();
    }

    @Test
    void routeAndProtocolErrorsHaveTheirOwnStatus() {
        assertThat(send("GET", "/api/v1/nowhere", Map.of(), null).status()).isEqualTo(404);
        assertThat(send("POST", "/nowhere", Map.of(), "{}").status()).isEqualTo(404);
        RawHttp.Response media = send("POST", "/api/v1/exports/pdf", Map.of("Content-Type", "text/plain"), "{}");
        assertThat(media.status()).isEqualTo(415);
        assertThat(media.headers().get("content-type")).startsWith("application/problem+json");
        RawHttp.Response headers = send("GET", "/api/v1/exports/files", Map.of("X-Big", "a".repeat(20_000)), null);
        assertThat(headers.status()).isEqualTo(431);
        assertThat(headers.body()).contains("Request headers are larger than 16384 bytes");
        RawHttp.Response target = send("GET", "/api/v1/exports/files/" + "x".repeat(9000) + "/download", Map.of(), null);
        assertThat(target.status()).isEqualTo(414);
        String overlong = "x".repeat(300);
        assertThat(send("GET", "/api/v1/exports/files/" + overlong + "/download", Map.of(), null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/exports/files/" + overlong, Map.of(), null).status()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/generations/" + overlong, Map.of(), null).status()).isEqualTo(404);
    }

    @Test
    void aBatchDuringAStorageOutageAnswers503AndCostsNoBudget() {
        String generation = generation();
        limiter.reset();
        String item = "{\"generation_id\":\"" + generation + "\",\"format\":\"pdf\"}";
        store.failNextCalls(true);

        RawHttp.Response down = send("POST", "/api/v1/exports/batch", Map.of(), "{\"exports\":[" + item + "," + item + "]}");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.headers()).containsKey("retry-after");
        assertThat(down.body()).contains("Storage is temporarily unavailable");
        assertThat(down.headers().get("ratelimit-remaining")).isEqualTo("2");

        store.failNextCalls(false);
        RawHttp.Response up = send("POST", "/api/v1/exports/batch", Map.of(), "{\"exports\":[" + item + "]}");
        assertThat(up.status()).isEqualTo(201);
        assertThat(up.headers().get("ratelimit-remaining")).isEqualTo("1"); // the 503 spent nothing
        limiter.reset();
    }
}
