package com.jobwise.export.adapters.rest;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External issuer publishing a JWKS: an RSA and an EC key served by a small HTTP server of the test on
 * 127.0.0.1. RS256 and ES256 tokens signed with the published keys pass; a key that is not published, an HMAC
 * token, {@code alg: none}, expired, exp-less, wrong-issuer and wrong-audience tokens are 401; the keys are
 * fetched once and cached.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalJwksTest implements TestPropertyProvider {
    static final String ISSUER = "https://auth.jobwise.test";
    static final String AUDIENCE = "jobwise-export";

    final RSAKey rsa = generateRsa("rsa-1");
    final ECKey ec = generateEc("ec-1");
    final RSAKey unpublishedRsa = generateRsa("rsa-1");
    final AtomicInteger fetches = new AtomicInteger();
    HttpServer jwksServer;

    @Inject
    @Client("/")
    HttpClient http;

    final String user = "jwks-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Map<String, String> getProperties() {
        try {
            jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] document = TestTokens.jwks(List.<JWK>of(rsa.toPublicJWK(), ec.toPublicJWK()))
                .getBytes(StandardCharsets.UTF_8);
        jwksServer.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(document);
            }
        });
        jwksServer.start();
        return Map.of(
                "export.security.mode", "external",
                "export.security.jwks-url", "http://127.0.0.1:" + jwksServer.getAddress().getPort()
                        + "/.well-known/jwks.json",
                "export.security.issuer", ISSUER,
                "export.security.audience", AUDIENCE);
    }

    @AfterAll
    void stopJwksServer() {
        jwksServer.stop(0);
    }

    int status(String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/files").bearerAuth(token),
                    Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @Test
    void rs256AndEs256TokensSignedWithPublishedKeysPassAndKeysAreCached() {
        int before = fetches.get();
        for (int i = 0; i < 3; i++) {
            assertThat(status(TestTokens.rs256(rsa, TestTokens.claims(user, ISSUER, AUDIENCE).build())))
                    .isEqualTo(200);
            assertThat(status(TestTokens.es256(ec, TestTokens.claims(user, ISSUER, AUDIENCE).build())))
                    .isEqualTo(200);
        }
        assertThat(fetches.get()).as("the JWKS was fetched").isPositive();
        assertThat(fetches.get() - before).as("and cached, not fetched per request").isLessThanOrEqualTo(1);
    }

    @Test
    void everyOtherTokenIs401() {
        Map<String, String> refused = TestTokens.refused(user, ISSUER, AUDIENCE, c -> TestTokens.rs256(rsa, c),
                c -> TestTokens.rs256(unpublishedRsa, c));
        refused.put("unknown kid", TestTokens.rs256(generateRsa("rsa-2"),
                TestTokens.claims(user, ISSUER, AUDIENCE).build()));
        refused.put("HS256 keyed with the RSA modulus", TestTokens.hs256(
                rsa.getModulus().toString(), TestTokens.claims(user, ISSUER, AUDIENCE).build()));
        refused.put("HS256 with any secret", TestTokens.hs256(TestTokens.SECRET,
                TestTokens.claims(user, ISSUER, AUDIENCE).build()));
        refused.put("EC key of the wrong kid", TestTokens.es256(generateEc("rsa-1"),
                TestTokens.claims(user, ISSUER, AUDIENCE).build()));

        assertThat(status(TestTokens.rs256(rsa, TestTokens.claims(user, ISSUER, AUDIENCE).build())))
                .as("control").isEqualTo(200);
        try {
            http.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/files"));
            throw new AssertionError("answered without a token");
        } catch (HttpClientResponseException e) {
            assertThat(e.code()).as("no token").isEqualTo(401);
            assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        }
        assertThat(refused).containsKeys("exp null", "exp soon", "not yet valid", "issuer ''",
                "issuer '" + ISSUER.substring(ISSUER.indexOf("://") + 3) + "'", "issuer '" + ISSUER + "/'",
                "issuer '" + ISSUER.substring(0, ISSUER.length() - 1) + "'",
                "issuer '" + ISSUER.toUpperCase(java.util.Locale.ROOT) + "'");
        TestTokens.withinClockSkew(user, ISSUER, AUDIENCE, c -> TestTokens.rs256(rsa, c))
                .forEach((name, token) -> assertThat(status(token)).as(name).isEqualTo(200));
        refused.forEach((name, token) -> assertThat(status(token)).as(name).isEqualTo(401));
    }

    @Test
    void thereAreNoAccountRoutes() {
        String token = TestTokens.rs256(rsa, TestTokens.claims(user, ISSUER, AUDIENCE).build());
        try {
            http.toBlocking().exchange(HttpRequest.GET("/api/v1/auth/me").bearerAuth(token));
            throw new AssertionError("GET /api/v1/auth/me answered");
        } catch (HttpClientResponseException e) {
            assertThat(e.code()).isEqualTo(404);
        }
    }

    static RSAKey generateRsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).algorithm(JWSAlgorithm.RS256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey generateEc(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).algorithm(JWSAlgorithm.ES256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
