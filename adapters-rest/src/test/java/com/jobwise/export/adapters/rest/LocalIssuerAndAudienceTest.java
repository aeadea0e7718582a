package com.jobwise.export.adapters.rest;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Local mode with an issuer and an audience configured: issued tokens carry both, and tokens without them fail. */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
@Property(name = "export.security.issuer", value = LocalIssuerAndAudienceTest.ISSUER)
@Property(name = "export.security.audience", value = LocalIssuerAndAudienceTest.AUDIENCE)
class LocalIssuerAndAudienceTest {
    static final String ISSUER = "https://export.jobwise.test";
    static final String AUDIENCE = "jobwise-export";

    @Inject
    @Client("/")
    HttpClient http;

    int status(String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/files").bearerAuth(token),
                    Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void issuedTokensCarryIssuerAndAudienceAndOthersAreRefused() throws Exception {
        String email = "iss-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Map<String, Object> session = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/register",
                Map.of("email", email, "password", "Secr3t-Password", "full_name", "Ada")), Map.class);

        JWTClaimsSet claims = SignedJWT.parse((String) session.get("access_token")).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly(AUDIENCE);
        assertThat(status((String) session.get("access_token"))).isEqualTo(200);
        try {
            http.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/files"));
            throw new AssertionError("answered without a token");
        } catch (HttpClientResponseException e) {
            assertThat(e.code()).as("no token").isEqualTo(401);
            assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        }

        Map<String, String> refused = TestTokens.refused("u-1", ISSUER, AUDIENCE,
                c -> TestTokens.hs256(TestTokens.SECRET, c),
                c -> TestTokens.hs256("another-secret-0123456789-abcdefghijklmnop", c));
        assertThat(refused).containsKeys("wrong issuer", "missing issuer", "wrong audience", "missing audience");
        assertThat(refused).containsKeys("exp null", "exp soon", "not yet valid", "issuer ''",
                "issuer '" + ISSUER.substring(ISSUER.indexOf("://") + 3) + "'", "issuer '" + ISSUER + "/'",
                "issuer '" + ISSUER.substring(0, ISSUER.length() - 1) + "'",
                "issuer '" + ISSUER.toUpperCase(java.util.Locale.ROOT) + "'");
        TestTokens.withinClockSkew("u-1", ISSUER, AUDIENCE, c -> TestTokens.hs256(TestTokens.SECRET, c))
                .forEach((name, token) -> assertThat(status(token)).as(name).isEqualTo(200));
        refused.forEach((name, token) -> assertThat(status(token)).as(name).isEqualTo(401));
    }
}
