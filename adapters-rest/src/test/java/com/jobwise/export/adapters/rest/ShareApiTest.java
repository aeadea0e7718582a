package com.jobwise.export.adapters.rest;

import com.jobwise.export.adapters.rest.share.QrCodesTest;
import com.jobwise.export.domain.ratelimit.InMemoryRateLimiter;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Share links over HTTP: the owner's JSON routes and the public HTML side (core over fakes). */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class ShareApiTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;
    @Inject
    InMemoryRateLimiter limiter;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);
    final String bob = "bob-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void restore() {
        limiter.reset();
    }

    HttpResponse<byte[]> send(String method, String path, String user, String contentType, String body,
                              String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + TestTokens.valid(user));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> jsonOf(HttpResponse<byte[]> response) throws IOException {
        return json.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    String export(String user) throws Exception {
        Map<String, Object> generation = jsonOf(send("POST", "/api/v1/generations", user, "application/json",
                "{\"document_type\": \"resume\", \"content_structured\": {\"header\": {\"name\": \"Ann\"}}}"));
        HttpResponse<byte[]> exported = send("POST", "/api/v1/exports/pdf", user, "application/json",
                "{\"generation_id\": \"" + generation.get("id") + "\", \"filename\": \"Ann <CV>.pdf\"}");
        assertThat(exported.statusCode()).isEqualTo(201);
        return (String) jsonOf(exported).get("export_id");
    }

    Map<String, Object> share(String user, String exportId, String body) throws Exception {
        HttpResponse<byte[]> created = send("POST", "/api/v1/exports/files/" + exportId + "/shares", user,
                "application/json", body);
        assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
        return jsonOf(created);
    }

    static String pathOf(Map<String, Object> share) {
        return URI.create((String) share.get("url")).getPath();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> shares(String user, String exportId) throws Exception {
        return (List<Map<String, Object>>) jsonOf(send("GET", "/api/v1/exports/files/" + exportId + "/shares", user,
                null, null)).get("shares");
    }

    @Test
    void createOpenAndDownloadWithoutAToken() throws Exception {
        String exportId = export(alice);
        Map<String, Object> share = share(alice, exportId, "{}");
        String url = (String) share.get("url");
        assertThat(url).startsWith(server.getURL().toString() + "/s/").matches(".*/s/[A-Za-z0-9_-]{43}");
        assertThat(QrCodesTest.decode(Base64.getDecoder().decode((String) share.get("qr_code_png_base64"))))
                .isEqualTo(url);
        assertThat(share).containsKeys("share_id", "expires_at").containsEntry("allow_download", true);

        HttpResponse<byte[]> page = send("GET", pathOf(share), null, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("X-Robots-Tag")).contains("noindex");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'")
                .contains("img-src 'self'").contains("form-action 'self'").doesNotContain("script");
        assertThat(text(page)).contains("<meta name=\"robots\" content=\"noindex")
                .contains("<h1>Ann_CV.pdf</h1>").contains("1 page").doesNotContain("<CV>")
                .contains("src=\"" + pathOf(share) + "/preview.png\"").contains("href=\"" + pathOf(share) + "/download\"");

        HttpResponse<byte[]> image = send("GET", pathOf(share) + "/preview.png", null, null, null);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(text(image)).isEqualTo("PNG|modern|false");

        HttpResponse<byte[]> file = send("GET", pathOf(share) + "/download", null, null, null,
                "User-Agent", "PhoneBrowser/1.0");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(text(file)).isEqualTo("pdf|Ann|modern");

        Map<String, Object> listed = shares(alice, exportId).getFirst();
        assertThat(listed).containsEntry("share_id", share.get("share_id")).containsEntry("view_count", 1)
                .containsEntry("download_count", 1).containsEntry("revoked_at", null).containsKey("last_viewed_at")
                .doesNotContainKeys("url", "token", "token_hash");
        assertThat(listed.toString()).doesNotContain(url.substring(url.lastIndexOf('/') + 1));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) jsonOf(send("GET", "/api/v1/exports/files/"
                + exportId + "/shares/" + share.get("share_id") + "/access-log", alice, null, null)).get("entries");
        assertThat(log).extracting(e -> e.get("action")).containsExactly("download", "view");
        assertThat(log.getFirst()).containsEntry("user_agent", "PhoneBrowser/1.0");
        assertThat((String) log.getFirst().get("client_ip_hash")).matches("[0-9a-f]{64}");
    }

    @Test
    void passwordWrongThenRightGivesAPathScopedHttpOnlyCookie() throws Exception {
        String exportId = export(alice);
        Map<String, Object> share = share(alice, exportId, "{\"password\": \"open sesame\", \"allow_download\": true}");
        assertThat(share).containsEntry("password_protected", true);
        String path = pathOf(share);

        HttpResponse<byte[]> form = send("GET", path, null, null, null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(text(form)).contains("type=\"password\"").contains("action=\"" + path + "\"")
                .doesNotContain("preview.png");
        assertThat(send("GET", path + "/preview.png", null, null, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", path + "/download", null, null, null).statusCode()).isEqualTo(303);

        HttpResponse<byte[]> wrong = send("POST", path, null, "application/x-www-form-urlencoded", "password=nope");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(text(wrong)).contains("Incorrect password");
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<byte[]> right = send("POST", path, null, "application/x-www-form-urlencoded",
                "password=open+sesame");
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).contains(path);
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("share_grant=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").contains("Path=" + path).doesNotContainIgnoringCase("Secure");
        String pair = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<byte[]> unlocked = send("GET", path, null, null, null, "Cookie", pair);
        assertThat(text(unlocked)).contains("preview.png").doesNotContain("type=\"password\"");
        assertThat(send("GET", path + "/preview.png", null, null, null, "Cookie", pair).statusCode()).isEqualTo(200);
        assertThat(send("GET", path + "/download", null, null, null, "Cookie", pair).statusCode()).isEqualTo(200);
        assertThat(send("GET", path, null, null, null, "Cookie", pair + "x").body()).asString(StandardCharsets.UTF_8)
                .contains("type=\"password\"");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) jsonOf(send("GET", "/api/v1/exports/files/"
                + exportId + "/shares/" + share.get("share_id") + "/access-log", alice, null, null)).get("entries");
        assertThat(log).extracting(e -> e.get("action")).containsExactly("download", "view", "password_failed");
    }

    @Test
    void downloadNotAllowedHidesTheButtonAndAnswers404() throws Exception {
        Map<String, Object> share = share(alice, export(alice), "{\"allow_download\": false}");
        assertThat(text(send("GET", pathOf(share), null, null, null))).doesNotContain("/download");
        assertThat(send("GET", pathOf(share) + "/download", null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void revokedUnknownAndDeletedLinksAnswerHtml410And404() throws Exception {
        String exportId = export(alice);
        Map<String, Object> share = share(alice, exportId, null);
        assertThat(send("DELETE", "/api/v1/exports/files/" + exportId + "/shares/" + share.get("share_id"), alice,
                null, null).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> gone = send("GET", pathOf(share), null, null, null);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(text(gone)).contains("no longer available");
        assertThat(send("GET", pathOf(share) + "/download", null, null, null).statusCode()).isEqualTo(410);
        assertThat(shares(alice, exportId).getFirst().get("revoked_at")).isNotNull();

        HttpResponse<byte[]> unknown = send("GET", "/s/" + "A".repeat(43), null, null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).contains("Link not found");
        assertThat(send("GET", "/s/short", null, null, null).statusCode()).isEqualTo(404);

        Map<String, Object> other = share(alice, exportId, "{}");
        assertThat(send("DELETE", "/api/v1/exports/files/" + exportId, alice, null, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", pathOf(other), null, null, null).statusCode()).isEqualTo(410);
        assertThat(send("GET", pathOf(other) + "/preview.png", null, null, null).statusCode()).isEqualTo(410);
    }

    @Test
    void expiredLinkAnswers410() throws Exception {
        Map<String, Object> share = share(alice, export(alice), "{\"expires_in\": 1}");
        Thread.sleep(1100);
        assertThat(send("GET", pathOf(share), null, null, null).statusCode()).isEqualTo(410);
    }

    @Test
    void anotherUserCannotCreateListRevokeOrReadTheLog() throws Exception {
        String exportId = export(alice);
        Map<String, Object> share = share(alice, exportId, "{}");
        String base = "/api/v1/exports/files/" + exportId + "/shares";
        assertThat(send("POST", base, bob, "application/json", "{}").statusCode()).isEqualTo(404);
        assertThat(send("GET", base, bob, null, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", base + "/" + share.get("share_id"), bob, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", base + "/" + share.get("share_id") + "/access-log", bob, null, null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", base, null, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", pathOf(share), null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void invalidOptionsAnswer422() throws Exception {
        String exportId = export(alice);
        HttpResponse<byte[]> response = send("POST", "/api/v1/exports/files/" + exportId + "/shares", alice,
                "application/json", "{\"expires_in\": 0}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(text(response)).contains("expires_in");
    }

    @Test
    void publicRoutesAreRateLimitedPerAddress() throws Exception {
        Map<String, Object> share = share(alice, export(alice), "{}");
        HttpResponse<byte[]> last = null;
        for (int i = 0; i < 60 && (last == null || last.statusCode() != 429); i++) {
            last = send("GET", pathOf(share), null, null, null);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(text(last)).contains("Too many requests");
    }
}
