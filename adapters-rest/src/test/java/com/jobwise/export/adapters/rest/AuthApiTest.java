package com.jobwise.export.adapters.rest;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account routes over HTTP in local mode (in-memory stores, the real bcrypt hasher and HS256 issuer):
 * register, login, me, refresh with rotation and reuse detection, logout, validation errors, throttling.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class AuthApiTest {
    static final String PASSWORD = "Secr3t-Password";

    @Inject
    @Client("/")
    HttpClient http;

    final String email = "Ada." + UUID.randomUUID().toString().substring(0, 8) + "@Example.com";

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String path, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body), Map.class);
    }

    Map<String, Object> register(String email) {
        return post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "full_name", "Ada Lovelace"));
    }

    HttpClientResponseException failure(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response for " + request.getPath());
    }

    static String body(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> user(Map<String, Object> response) {
        return (Map<String, Object>) response.get("user");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theWholeAccountFlow() throws Exception {
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "full_name", " Ada Lovelace ")), Map.class);
        assertThat(created.code()).isEqualTo(201);
        Map<String, Object> registered = created.body();
        assertThat(registered).containsEntry("token_type", "bearer").containsEntry("expires_in", 3600)
                .containsEntry("refresh_expires_in", 604800).containsKeys("access_token", "refresh_token");
        assertThat(user(registered)).containsEntry("email", email.toLowerCase()).containsEntry("full_name", "Ada Lovelace")
                .containsEntry("tier", "free").containsKeys("id", "created_at");
        assertThat(registered.toString()).doesNotContain(PASSWORD).doesNotContain("password");
        String userId = (String) user(registered).get("id");

        SignedJWT access = SignedJWT.parse((String) registered.get("access_token"));
        assertThat(access.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(access.verify(new MACVerifier(TestTokens.SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = access.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getStringClaim("email")).isEqualTo(email.toLowerCase());
        assertThat(claims.getStringClaim("tier")).isEqualTo("free");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000L);
        assertThat(claims.getIssueTime().toInstant()).isBetween(Instant.now().minusSeconds(60), Instant.now());

        Map<String, Object> me = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/auth/me")
                .bearerAuth((String) registered.get("access_token")), Map.class);
        assertThat(me).isEqualTo(user(registered));
        assertThat(Instant.parse((String) me.get("created_at"))).isBefore(Instant.now().plusSeconds(1));

        Map<String, Object> loggedIn = post("/api/v1/auth/login", Map.of("email", email.toUpperCase(), "password", PASSWORD));
        assertThat(user(loggedIn)).isEqualTo(me);
        assertThat(loggedIn.get("refresh_token")).isNotEqualTo(registered.get("refresh_token"));

        Map<String, Object> refreshed = post("/api/v1/auth/refresh", Map.of("refresh_token", loggedIn.get("refresh_token")));
        assertThat(refreshed.get("refresh_token")).isNotEqualTo(loggedIn.get("refresh_token"));
        assertThat(SignedJWT.parse((String) refreshed.get("access_token")).getJWTClaimsSet().getSubject()).isEqualTo(userId);
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/files")
                .bearerAuth((String) refreshed.get("access_token")), Map.class).code()).isEqualTo(200);

        HttpResponse<?> loggedOut = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/logout",
                Map.of("refresh_token", refreshed.get("refresh_token"))));
        assertThat(loggedOut.code()).isEqualTo(204);
        HttpClientResponseException afterLogout = failure(HttpRequest.POST("/api/v1/auth/refresh",
                Map.of("refresh_token", refreshed.get("refresh_token"))));
        assertThat(afterLogout.code()).isEqualTo(401);
        assertThat(body(afterLogout)).contains("\"detail\":\"Invalid or expired refresh token\"");
        assertThat(afterLogout.getResponse().getContentType()).contains(MediaType.of("application/problem+json"));
        assertThat(post("/api/v1/auth/refresh", Map.of("refresh_token", registered.get("refresh_token"))))
                .as("the registration's session is another family and survives").containsKey("access_token");
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        Map<String, Object> first = register(email);
        Map<String, Object> second = post("/api/v1/auth/refresh", Map.of("refresh_token", first.get("refresh_token")));

        HttpClientResponseException reuse = failure(HttpRequest.POST("/api/v1/auth/refresh",
                Map.of("refresh_token", first.get("refresh_token"))));
        HttpClientResponseException successor = failure(HttpRequest.POST("/api/v1/auth/refresh",
                Map.of("refresh_token", second.get("refresh_token"))));

        assertThat(reuse.code()).isEqualTo(401);
        assertThat(successor.code()).as("the newest token of the family is revoked too").isEqualTo(401);
        assertThat(body(successor)).isEqualTo(body(reuse));
        assertThat(post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)))
                .as("logging in again starts a new family").containsKey("refresh_token");
    }

    @Test
    void registrationErrors() {
        register(email);

        HttpClientResponseException taken = failure(HttpRequest.POST("/api/v1/auth/register",
                Map.of("email", email.toUpperCase(), "password", "Other-Pass9", "full_name", "Someone")));
        assertThat(taken.code()).isEqualTo(409);
        assertThat(body(taken)).contains("\"detail\":\"Email already registered\"");

        Map<Map<String, Object>, String> invalid = Map.of(
                Map.of("email", "fresh@example.com", "password", "Short1", "full_name", "A"),
                "password must be at least 8 characters long",
                Map.of("email", "fresh@example.com", "password", "alllowercase1", "full_name", "A"),
                "password must contain an upper-case letter, a lower-case letter and a digit",
                Map.of("email", "fresh@example.com", "password", "NoDigitsHere", "full_name", "A"),
                "password must contain an upper-case letter, a lower-case letter and a digit",
                Map.of("email", "not-an-email", "password", PASSWORD, "full_name", "A"),
                "email must be a valid email address",
                Map.of("password", PASSWORD, "full_name", "A"), "email is required",
                Map.of("email", "fresh@example.com", "password", PASSWORD), "full_name is required");
        invalid.forEach((request, detail) -> {
            HttpClientResponseException e = failure(HttpRequest.POST("/api/v1/auth/register", request));
            assertThat(e.code()).as(detail).isEqualTo(422);
            assertThat(body(e)).contains("\"detail\":\"" + detail + "\"");
        });
        HttpClientResponseException malformed = failure(HttpRequest.POST("/api/v1/auth/register", "{not json")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(malformed.code()).isEqualTo(400);
        assertThat(failure(HttpRequest.POST("/api/v1/auth/login", Map.of("email", "fresh@example.com",
                "password", PASSWORD))).code()).as("nothing was registered").isEqualTo(401);
    }

    @Test
    void anUnknownEmailAndAWrongPasswordAnswerTheSame() {
        register(email);

        HttpClientResponseException wrongPassword = failure(HttpRequest.POST("/api/v1/auth/login",
                Map.of("email", email, "password", "Wrong-Pass9")));
        HttpClientResponseException unknownEmail = failure(HttpRequest.POST("/api/v1/auth/login",
                Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", PASSWORD)));

        assertThat(wrongPassword.code()).isEqualTo(401);
        assertThat(unknownEmail.code()).isEqualTo(401);
        assertThat(body(wrongPassword)).contains("\"detail\":\"Incorrect email or password\"").isEqualTo(body(unknownEmail));
    }

    @Test
    void repeatedFailedLoginsAreThrottledWithRetryAfter() {
        register(email);
        for (int i = 0; i < 5; i++) {
            assertThat(failure(HttpRequest.POST("/api/v1/auth/login", Map.of("email", email, "password",
                    "Wrong-Pass" + i))).code()).isEqualTo(401);
        }

        HttpClientResponseException throttled = failure(HttpRequest.POST("/api/v1/auth/login",
                Map.of("email", email, "password", PASSWORD)));

        assertThat(throttled.code()).isEqualTo(429);
        long retryAfter = Long.parseLong(throttled.getResponse().header("Retry-After"));
        assertThat(retryAfter).isBetween(850L, 900L);
        assertThat(body(throttled)).contains("\"detail\":\"Too many failed login attempts. Retry after " + retryAfter
                + " seconds\"");
        String other = "other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        register(other);
        assertThat(post("/api/v1/auth/login", Map.of("email", other, "password", PASSWORD)))
                .as("other accounts are not affected").containsKey("access_token");
    }

    @Test
    void meNeedsAValidTokenOfAnExistingAccount() {
        assertThat(failure(HttpRequest.GET("/api/v1/auth/me")).code()).isEqualTo(401);
        assertThat(failure(HttpRequest.GET("/api/v1/auth/me").bearerAuth("garbage")).code()).isEqualTo(401);
        HttpClientResponseException ghost = failure(HttpRequest.GET("/api/v1/auth/me").bearerAuth(TestTokens.valid("ghost-user")));
        assertThat(ghost.code()).isEqualTo(404);
        assertThat(body(ghost)).contains("\"detail\":\"User not found\"");
    }

    @Test
    void refreshAndLogoutRefuseGarbageQuietly() {
        HttpClientResponseException unknown = failure(HttpRequest.POST("/api/v1/auth/refresh",
                Map.of("refresh_token", "no-such-token")));
        assertThat(unknown.code()).isEqualTo(401);
        assertThat(failure(HttpRequest.POST("/api/v1/auth/refresh", Map.of())).code()).isEqualTo(401);
        assertThat(http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/logout",
                Map.of("refresh_token", "no-such-token"))).code()).isEqualTo(204);
        Map<String, Object> session = register(email);
        assertThat(failure(HttpRequest.GET("/api/v1/auth/me").bearerAuth((String) session.get("refresh_token"))).code())
                .as("a refresh token is not an access token").isEqualTo(401);
    }

    @Test
    void noneMalformedUnsignedForeignExpiredAndExpLessTokensAre401() {
        String user = "u-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> refused = TestTokens.refused(user, null, null,
                claims -> TestTokens.hs256(TestTokens.SECRET, claims),
                claims -> TestTokens.hs256("another-secret-0123456789-abcdefghijklmnop", claims));
        assertThat(refused).containsKeys("garbage", "alg none", "wrong key", "expired", "missing exp");

        for (String path : new String[] {"/api/v1/auth/me", "/api/v1/exports/files"}) {
            assertThat(failure(HttpRequest.GET(path)).code()).as("no token on " + path).isEqualTo(401);
            refused.forEach((name, token) -> assertThat(failure(HttpRequest.GET(path).bearerAuth(token)).code())
                    .as(name + " on " + path).isEqualTo(401));
        }
        String good = TestTokens.hs256(TestTokens.SECRET, TestTokens.claims(user, null, null).build());
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/files").bearerAuth(good), Map.class)
                .code()).as("the control token is accepted").isEqualTo(200);
    }
}
