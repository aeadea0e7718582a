package com.jobwise.export.adapters.rest;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External issuer with a shared HS256 secret: the issuer's tokens (right iss and aud) reach the export routes
 * exactly as local tokens do; every other token is 401; the account routes do not exist.
 */
@MicronautTest
@Property(name = "export.security.mode", value = "external")
@Property(name = "export.security.jwt-secret", value = ExternalSharedSecretTest.SECRET)
@Property(name = "export.security.issuer", value = ExternalSharedSecretTest.ISSUER)
@Property(name = "export.security.audience", value = ExternalSharedSecretTest.AUDIENCE)
class ExternalSharedSecretTest {
    static final String SECRET = "shared-with-auth-service-0123456789-abcdefgh";
    static final String ISSUER = "https://auth.jobwise.test";
    static final String AUDIENCE = "jobwise-export";

    @Inject
    @Client("/")
    HttpClient http;

    final String user = "ext-" + UUID.randomUUID().toString().substring(0, 8);

    String token(String user) {
        return TestTokens.hs256(SECRET, TestTokens.claims(user, ISSUER, AUDIENCE).build());
    }

    int status(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void theIssuersTokensDriveTheExportRoutesAsLocalOnesDo() {
        Map<String, Object> generation = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "resume", "content_structured", ExportApiTest.RESUME)).bearerAuth(token(user)),
                Map.class);
        Map<String, Object> export = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generation.get("id"))).bearerAuth(token(user)), Map.class);
        Map<String, Object> list = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/exports/files")
                .bearerAuth(token(user)), Map.class);

        assertThat(export).containsEntry("format", "pdf");
        assertThat(list.get("total")).isEqualTo(1);
        assertThat(status(HttpRequest.GET((String) export.get("download_url")).bearerAuth(token("someone-else"))))
                .as("ownership still holds").isEqualTo(404);
        String multiAudience = TestTokens.hs256(SECRET, TestTokens.claims(user, ISSUER, null)
                .audience(List.of("other-api", AUDIENCE)).build());
        assertThat(status(HttpRequest.GET("/api/v1/exports/files").bearerAuth(multiAudience))).isEqualTo(200);
    }

    @Test
    void everyOtherTokenIs401() {
        Map<String, String> refused = TestTokens.refused(user, ISSUER, AUDIENCE, c -> TestTokens.hs256(SECRET, c),
                c -> TestTokens.hs256(TestTokens.SECRET, c));
        assertThat(refused).containsKeys("alg none", "wrong key", "expired", "missing exp", "wrong issuer",
                "missing issuer", "wrong audience", "missing audience");

        assertThat(refused).containsKeys("exp null", "exp soon", "not yet valid", "issuer ''",
                "issuer '" + ISSUER.substring(ISSUER.indexOf("://") + 3) + "'", "issuer '" + ISSUER + "/'",
                "issuer '" + ISSUER.substring(0, ISSUER.length() - 1) + "'",
                "issuer '" + ISSUER.toUpperCase(java.util.Locale.ROOT) + "'");
        TestTokens.withinClockSkew(user, ISSUER, AUDIENCE, c -> TestTokens.hs256(SECRET, c))
                .forEach((name, token) -> assertThat(status(HttpRequest.GET("/api/v1/exports/files").bearerAuth(token))).as(name).isEqualTo(200));
        assertThat(status(HttpRequest.GET("/api/v1/exports/files"))).as("no token").isEqualTo(401);
        for (String typ : List.of("JWT", "at+jwt", "secevent+jwt", "JOSE")) {
            String typed = TestTokens.hs256Typed(SECRET, TestTokens.claims(user, ISSUER, AUDIENCE).build(), typ);
            assertThat(status(HttpRequest.GET("/api/v1/exports/files").bearerAuth(typed))).as("typ " + typ)
                    .isEqualTo(typ.equals("JWT") || typ.equals("at+jwt") ? 200 : 401);
        }
        refused.forEach((name, token) -> assertThat(status(HttpRequest.GET("/api/v1/exports/files").bearerAuth(token)))
                .as(name).isEqualTo(401));
    }

    @Test
    void thereAreNoAccountRoutes() {
        Map<String, Object> credentials = Map.of("email", "a@example.com", "password", "Secr3t-Password",
                "full_name", "Ada");
        for (String path : List.of("/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh",
                "/api/v1/auth/logout")) {
            assertThat(status(HttpRequest.POST(path, credentials))).as(path).isEqualTo(404);
        }
        assertThat(status(HttpRequest.GET("/api/v1/auth/me").bearerAuth(token(user)))).isEqualTo(404);
    }
}
