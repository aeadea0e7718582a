package com.jobwise.export.bootstrap.e2e;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account flow of local mode on the whole service over PostgreSQL, as a client sees it: register, log in,
 * use the access token on the export routes, rotate the refresh token, detect its reuse, log out; and on two
 * instances behind one database, reuse detection and login throttling hold across instances. Checks the
 * database keeps only a bcrypt hash of the password and SHA-256 hashes of refresh tokens.
 */
class AccountFlowEndToEndTest {
    static final String PASSWORD = "Secr3t-Password";
    static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.onPostgres();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    static String newEmail() {
        return "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.com";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> post(RunningService on, String path, Object body) {
        return on.http().retrieve(HttpRequest.POST(path, body), Map.class);
    }

    static Map<String, Object> register(RunningService on, String email) {
        return post(on, "/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "full_name", "Ada Lovelace"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void registerLoginExportRefreshReuseAndLogout() throws Exception {
        String email = newEmail();
        Map<String, Object> registered = register(service, email);
        String userId = (String) ((Map<String, Object>) registered.get("user")).get("id");
        assertThat(service.status(HttpRequest.POST("/api/v1/auth/register",
                Map.of("email", email.toUpperCase(), "password", PASSWORD, "full_name", "Twin")))).isEqualTo(409);

        Map<String, Object> session = post(service, "/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));
        String access = (String) session.get("access_token");
        JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getStringClaim("email")).isEqualTo(email.toLowerCase());
        assertThat(claims.getStringClaim("tier")).isEqualTo("free");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000L);

        Map<String, Object> me = service.http().retrieve(HttpRequest.GET("/api/v1/auth/me").bearerAuth(access), Map.class);
        assertThat(me).containsEntry("id", userId).containsEntry("email", email.toLowerCase())
                .containsEntry("full_name", "Ada Lovelace").containsEntry("tier", "free").containsKey("created_at");

        Map<String, Object> generation = service.http().retrieve(HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "resume", "content_structured", Map.of(
                        "header", Map.of("name", "Ada Lovelace", "email", email.toLowerCase()),
                        "sections", List.of(Map.of("type", "professional_summary", "content", "Analyst.")))))
                .bearerAuth(access), Map.class);
        Map<String, Object> export = service.http().retrieve(HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generation.get("id"))).bearerAuth(access), Map.class);
        byte[] pdf = service.http().retrieve(HttpRequest.GET((String) export.get("download_url")).bearerAuth(access),
                byte[].class);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String first = (String) session.get("refresh_token");
        Map<String, Object> rotated = post(service, "/api/v1/auth/refresh", Map.of("refresh_token", first));
        String second = (String) rotated.get("refresh_token");
        assertThat(service.status(HttpRequest.GET("/api/v1/exports/files").bearerAuth((String) rotated.get("access_token"))))
                .isEqualTo(200);
        assertThat(service.status(HttpRequest.POST("/api/v1/auth/refresh", Map.of("refresh_token", first))))
                .as("reuse of a rotated token").isEqualTo(401);
        assertThat(service.status(HttpRequest.POST("/api/v1/auth/refresh", Map.of("refresh_token", second))))
                .as("its family is revoked").isEqualTo(401);

        String registrationToken = (String) registered.get("refresh_token");
        assertThat(service.status(HttpRequest.POST("/api/v1/auth/logout", Map.of("refresh_token", registrationToken))))
                .isEqualTo(204);
        assertThat(service.status(HttpRequest.POST("/api/v1/auth/refresh", Map.of("refresh_token", registrationToken))))
                .isEqualTo(401);

        DataSource db = service.pool();
        assertThat(single(db, "SELECT password_hash FROM users WHERE id = ?", userId)).startsWith("$2a$12$")
                .doesNotContain(PASSWORD);
        List<String> hashes = column(db, "SELECT token_hash FROM refresh_tokens WHERE user_id = ?", userId);
        assertThat(hashes).hasSize(3).contains(sha256(first), sha256(second), sha256(registrationToken))
                .doesNotContain(first, second, registrationToken);
        assertThat(column(db, "SELECT token_hash FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL", userId))
                .as("every session of this user is over").isEmpty();
    }

    @Test
    void reuseDetectionAndThrottlingHoldAcrossInstances() throws Exception {
        try (RunningService other = RunningService.sharing(service, Map.of())) {
            String email = newEmail();
            Map<String, Object> first = register(service, email);
            Map<String, Object> rotated = post(other, "/api/v1/auth/refresh",
                    Map.of("refresh_token", first.get("refresh_token")));
            assertThat(service.status(HttpRequest.POST("/api/v1/auth/refresh",
                    Map.of("refresh_token", first.get("refresh_token"))))).isEqualTo(401);
            assertThat(other.status(HttpRequest.POST("/api/v1/auth/refresh",
                    Map.of("refresh_token", rotated.get("refresh_token"))))).isEqualTo(401);

            for (int i = 0; i < 5; i++) {
                RunningService instance = i % 2 == 0 ? service : other;
                assertThat(instance.status(HttpRequest.POST("/api/v1/auth/login",
                        Map.of("email", email, "password", "Wrong-Pass" + i)))).isEqualTo(401);
            }
            try {
                service.http().exchange(HttpRequest.POST("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)));
                throw new AssertionError("the sixth login was not throttled");
            } catch (HttpClientResponseException e) {
                assertThat(e.code()).isEqualTo(429);
                assertThat(Long.parseLong(e.getResponse().header("Retry-After"))).isBetween(1L, 900L);
            }
            assertThat(other.status(HttpRequest.POST("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))))
                    .isEqualTo(429);
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String single(DataSource db, String sql, String parameter) throws Exception {
        List<String> values = column(db, sql, parameter);
        assertThat(values).hasSize(1);
        return values.getFirst();
    }

    static List<String> column(DataSource db, String sql, String parameter) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
