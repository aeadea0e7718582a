package com.jobwise.export.bootstrap.e2e;

import com.jobwise.export.adapters.rest.TestTokens;
import com.jobwise.export.domain.account.UserId;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * External issuer mode on the whole service over PostgreSQL: another auth service publishes its RSA key as a
 * JWKS (served by this test on 127.0.0.1); its RS256 tokens drive the export routes, every token it did not
 * mint for this audience is 401 (including issuers the module's own suffix check would let through), a provider
 * subject such as {@code auth0|…} gets an encoded object key, there are no account routes and the users table
 * stays empty. Also: the
 * service refuses to start with a well-known or short JWT secret, saying why.
 */
class ExternalIssuerEndToEndTest {
    static final String ISSUER = "https://auth.jobwise.test";
    static final String AUDIENCE = "jobwise-export";
    static RSAKey issuerKey;
    static HttpServer jwks;
    static RunningService service;

    @BeforeAll
    static void start() throws Exception {
        issuerKey = new RSAKeyGenerator(2048).keyID("k1").algorithm(JWSAlgorithm.RS256).generate();
        byte[] document = new JWKSet(issuerKey.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(document);
            }
        });
        jwks.start();
        service = RunningService.onPostgres(Map.of(
                "export.security.mode", "external",
                "export.security.jwks-url", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json",
                "export.security.issuer", ISSUER,
                "export.security.audience", AUDIENCE));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            service.close();
        } finally {
            jwks.stop(0);
        }
    }

    /** Claims of a valid token of the issuer for {@code user} (the shared {@link TestTokens}). */
    static JWTClaimsSet.Builder claims(String user) {
        return TestTokens.claims(user, ISSUER, AUDIENCE);
    }

    static String rs256(RSAKey key, JWTClaimsSet claims) {
        return TestTokens.rs256(key, claims);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theIssuersTokensDriveTheExportRoutes() throws Exception {
        String user = "ext-" + UUID.randomUUID().toString().substring(0, 8);
        String token = rs256(issuerKey, claims(user).build());

        Map<String, Object> generation = service.http().retrieve(HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "resume", "content_structured", Map.of(
                        "header", Map.of("name", "Grace Hopper", "email", "grace@example.com"),
                        "sections", List.of(Map.of("type", "professional_summary", "content", "Compilers.")))))
                .bearerAuth(token), Map.class);
        Map<String, Object> export = service.http().retrieve(HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generation.get("id"))).bearerAuth(token), Map.class);
        byte[] pdf = service.http().retrieve(HttpRequest.GET((String) export.get("download_url")).bearerAuth(token),
                byte[].class);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Map<String, Object> files = service.http().retrieve(HttpRequest.GET("/api/v1/exports/files").bearerAuth(token),
                Map.class);
        assertThat(files.get("storage_limit_bytes")).as("the pro tier claim is honoured").isNotEqualTo(104857600);
    }

    @Test
    void tokensTheIssuerDidNotMintForUsAre401() throws Exception {
        String user = "ext-" + UUID.randomUUID().toString().substring(0, 8);
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("malformed", "not-a-token");
        refused.put("alg none", new PlainJWT(claims(user).build()).serialize());
        refused.put("wrong key", rs256(stranger, claims(user).build()));
        refused.put("expired", rs256(issuerKey, claims(user).expirationTime(Date.from(Instant.now().minusSeconds(300))).build()));
        refused.put("missing exp", rs256(issuerKey, claims(user).expirationTime(null).build()));
        refused.put("exp null", rs256(issuerKey, claims(user).serializeNullClaims(true).claim("exp", null).build()));
        refused.put("exp soon", rs256(issuerKey, claims(user).claim("exp", "soon").build()));
        refused.put("nbf in 10 minutes", rs256(issuerKey, claims(user)
                .notBeforeTime(Date.from(Instant.now().plusSeconds(600))).build()));
        refused.put("wrong issuer", rs256(issuerKey, claims(user).issuer("https://evil.example.com").build()));
        for (String near : List.of("m", "example.com", "jobwise.test", "auth.jobwise.test", "", "http://auth.jobwise.test",
                ISSUER + "/", "https://auth.jobwise", "HTTPS://AUTH.JOBWISE.TEST", "https://Auth.jobwise.test")) {
            refused.put("issuer '" + near + "'", rs256(issuerKey, claims(user).issuer(near).build()));
        }
        refused.put("wrong audience", rs256(issuerKey, claims(user).audience("another-service").build()));
        refused.put("HS256 with the configured secret", TestTokens.hs256(RunningService.SECRET, claims(user).build()));

        assertThat(service.status(HttpRequest.GET("/api/v1/exports/files"))).as("no token").isEqualTo(401);
        refused.forEach((name, token) -> assertThat(service.status(HttpRequest.GET("/api/v1/exports/files").bearerAuth(token)))
                .as(name).isEqualTo(401));
        assertThat(service.status(HttpRequest.GET("/api/v1/exports/files").bearerAuth(rs256(issuerKey, claims(user).build()))))
                .as("control").isEqualTo(200);
    }

    @Test
    void aProviderSubjectGetsAnEncodedObjectKey() throws Exception {
        String user = "auth0|" + UUID.randomUUID().toString().substring(0, 8);
        String token = rs256(issuerKey, claims(user).build());
        @SuppressWarnings("unchecked")
        Map<String, Object> generation = service.http().retrieve(HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "resume", "content_structured", Map.of(
                        "header", Map.of("name", "Ada Lovelace", "email", "ada@example.com"),
                        "sections", List.of(Map.of("type", "professional_summary", "content", "Engines.")))))
                .bearerAuth(token), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> export = service.http().retrieve(HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generation.get("id"))).bearerAuth(token), Map.class);

        assertThat(service.status(HttpRequest.GET((String) export.get("download_url")).bearerAuth(token))).isEqualTo(200);
        assertThat(service.status(HttpRequest.GET((String) export.get("download_url"))
                .bearerAuth(rs256(issuerKey, claims("auth0-" + user.substring(6)).build())))).isEqualTo(404);
        try (Connection connection = service.pool().getConnection();
             Statement statement = connection.createStatement();
             ResultSet key = statement.executeQuery("SELECT file_path FROM exports WHERE id = '"
                     + export.get("export_id") + "'")) {
            assertThat(key.next()).isTrue();
            assertThat(key.getString(1)).isEqualTo("exports/" + new UserId(user)
                    .pathSegment() + "/" + export.get("export_id") + ".pdf").doesNotContain("|");
        }
    }

    @Test
    void noAccountsAreKept() throws Exception {
        assertThat(service.status(HttpRequest.POST("/api/v1/auth/register", Map.of("email", "a@example.com",
                "password", "Secr3t-Password", "full_name", "Ada")))).isEqualTo(404);
        assertThat(service.status(HttpRequest.POST("/api/v1/auth/login", Map.of("email", "a@example.com",
                "password", "Secr3t-Password")))).isEqualTo(404);
        try (Connection connection = service.pool()
                .getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM users")) {
            count.next();
            assertThat(count.getLong(1)).isZero();
        }
    }

    @Test
    void theServiceRefusesToStartWithAWellKnownOrShortSecret() throws Exception {
        Path dir = Files.createTempDirectory("export-secret-check");
        for (Map.Entry<String, String> bad : Map.of(
                "your-256-bit-secret", "is a well-known example value",
                "dev-secret-key", "is a well-known example value",
                "Zq3-short-but-random", "is 20 bytes long; HS256 needs at least 32 bytes").entrySet()) {
            Map<String, Object> properties = Map.of(
                    "micronaut.server.port", -1,
                    "export.security.jwt-secret", bad.getKey(),
                    "export.s3.embedded-dir", dir.resolve("s3").toString(),
                    "datasources.default.url", "jdbc:h2:mem:secret_check_" + UUID.randomUUID().toString().substring(0, 8)
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            assertThatThrownBy(() -> {
                try (ApplicationContext ignored = ApplicationContext.run(EmbeddedServer.class, properties)
                        .getApplicationContext()) {
                    throw new AssertionError("started with JWT secret " + bad.getKey());
                }
            }).as(bad.getKey()).hasStackTraceContaining("JWT secret (JWT_SECRET) " + bad.getValue());
        }
    }
}
