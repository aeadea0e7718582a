package com.jobwise.export.adapters.rest.http;

import com.jobwise.export.adapters.rest.TestTokens;
import com.jobwise.export.adapters.rest.error.ProblemJsonErrorBodyProvider;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every creating route (POST, PUT, PATCH, DELETE), enumerated from the router so a new route is covered without
 * touching this test, gets a table of hostile bodies, headers and path values, plus seeded random mutations of a
 * valid body: no answer is a 5xx, and no error body names a Java class, package or library.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class CreatingRoutesFuzzTest {
    /** What an error body must never contain (the pattern and a few more). */
    static final java.util.regex.Pattern LEAK = ProblemJsonErrorBodyProvider.INTERNALS;

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    /** The creating routes' templates with their method, from the router: {@code POST /api/v1/exports/pdf}. */
    Set<String> creatingRoutes() {
        return router.uriRoutes()
                .filter(r -> Set.of("POST", "PUT", "PATCH", "DELETE").contains(r.getHttpMethodName()))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Hostile JSON bodies: types, nulls, NULs, nesting, encodings, sizes. */
    static List<byte[]> hostileBodies() {
        List<String> texts = new ArrayList<>(List.of(
                "", "null", "[]", "\"x\"", "1", "true", "{", "{\"a\":", "}{", "{}",
                "{\"generation_id\":\"a\\u0000b\"}", "{\"a\\u0000\":1}", "{\"x\":\"\\\\u0000 is text\"}",
                "{\"generation_id\":null,\"template\":null,\"options\":null,\"filename\":null}",
                "{\"generation_id\":{},\"template\":[],\"options\":[1],\"filename\":7}",
                "{\"generation_id\":1e999999,\"options\":{\"font_size\":-1e308,\"margins\":{\"top\":\"x\"}}}",
                "{\"options\":{\"editable_fields\":[null,1,{}],\"accent_color\":\"#zzzzzz\"}}",
                "{\"exports\":[null]}", "{\"exports\":[1,\"x\",[],{}]}", "{\"exports\":{}}", "{\"exports\":\"all\"}",
                "{\"exports\":[{\"generation_id\":[\"x\"],\"format\":{}}],\"create_zip\":\"yes\",\"zip_filename\":[]}",
                "{\"document_type\":\"resume\",\"content_structured\":{\"sections\":[null,1,\"x\"]}}",
                "{\"document_type\":7,\"content_text\":{},\"content_structured\":[]}",
                "{\"json_resume\":{\"basics\":[],\"work\":[null]}}", "{\"basics\":{\"name\":\"a\\u0000\"}}",
                "{\"email\":[],\"password\":{},\"full_name\":1,\"refresh_token\":[null]}",
                "{\"expires_in\":\"soon\",\"password\":1,\"allow_download\":\"no\"}",
                "{\"expires_in\":-1,\"allow_download\":null}", "{\"expires_in\":99999999999999999999999}",
                "{\"filename\":\"\\u202Egpj.exe\",\"zip_filename\":\"..\\\\..\\\\CON\"}",
                "{\"template\":\"" + "m".repeat(100_000) + "\"}",
                "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
                "{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}"));
        List<byte[]> bodies = new ArrayList<>(texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList());
        bodies.add(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
        bodies.add(new byte[]{'{', '"', 'a', '"', ':', '"', 0, '"', '}'});
        bodies.add(randomMutations());
        return bodies;
    }

    /** One valid-looking body with random bytes flipped (seeded, so a failure reproduces). */
    static byte[] randomMutations() {
        byte[] body = ("{\"generation_id\":\"" + UUID.randomUUID() + "\",\"format\":\"pdf\",\"template\":\"modern\","
                + "\"options\":{\"font_size\":11},\"exports\":[{\"generation_id\":\"x\",\"format\":\"pdf\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        Random random = new Random(10);
        for (int i = 0; i < 6; i++) {
            body[random.nextInt(body.length)] = (byte) random.nextInt(256);
        }
        return body;
    }

    /** Hostile header sets (besides a valid token). */
    static List<Map<String, String>> hostileHeaders() {
        return List.of(
                Map.of("Content-Type", "application/json"),
                Map.of("Content-Type", "text/plain"),
                Map.of("Content-Type", "application/xml"),
                Map.of("Content-Type", ";;;=\u0001"),
                Map.of("Content-Type", "application/json; charset=ebcdic"),
                Map.of("Content-Type", "application/json", "Idempotency-Key", "k\u0000"),
                Map.of("Content-Type", "application/json", "Idempotency-Key", "k".repeat(5000)),
                Map.of("Content-Type", "application/json", "X-Request-Id", "\u0000\u202E"),
                Map.of("Content-Type", "application/json", "Origin", "HTTPS://APP.example:443/."),
                Map.of("Content-Type", "application/json", "X-Big", "a".repeat(20_000)),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** Path values: a plausible id, NUL, an overlong id, traversal, bad escapes. */
    static List<String> hostilePathValues() {
        return List.of(UUID.randomUUID().toString(), "%00", "a%00b", "x".repeat(300), "..%2f..%2fetc", "%ZZ",
                "%c0%af", "%E2%80%AE", "%20", "x".repeat(9000));
    }

    @Test
    void noCreatingRouteAnswers5xxOrLeaksInternals() {
        Set<String> routes = creatingRoutes();
        assertThat(routes).contains("POST /api/v1/exports/pdf", "POST /api/v1/exports/batch",
                "POST /api/v1/generations", "DELETE /api/v1/exports/files/{export_id}");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            String plain = template.replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
            for (byte[] body : hostileBodies()) {
                requests++;
                check(failures, method, plain, Map.of("Content-Type", "application/json"), body);
            }
            for (Map<String, String> headers : hostileHeaders()) {
                requests++;
                check(failures, method, plain, headers, "{\"generation_id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
            }
            if (template.contains("{")) {
                for (String value : hostilePathValues()) {
                    requests++;
                    check(failures, method, template.replaceAll("\\{[^}]*}", value),
                            Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
                }
            }
            requests++;
            check(failures, method, plain + "?q=%00&" + "p=" + "y".repeat(100), Map.of("Content-Type", "application/json"),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(requests).isGreaterThan(routes.size() * 40);
        assertThat(failures).as("answers with a 5xx or internals in the body").isEmpty();
    }

    private void check(List<String> failures, String method, String target, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Authorization", "Bearer " + TestTokens.valid(TestTokens.newUser("fuzz")));
        RawHttp.Response response = RawHttp.send(server.getURI(), method, target, all, body);
        String shown = new String(body, StandardCharsets.UTF_8);
        String what = method + " " + cut(target) + " " + cut(headers.toString()) + " " + cut(shown);
        if (response.status() >= 500 || response.status() < 100) {
            failures.add(response.status() + " for " + what + " -> " + cut(response.body()));
        } else if (response.status() >= 400 && LEAK.matcher(response.body()).find()) {
            failures.add("leak in " + response.status() + " for " + what + " -> " + cut(response.body()));
        }
    }

    private static String cut(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
