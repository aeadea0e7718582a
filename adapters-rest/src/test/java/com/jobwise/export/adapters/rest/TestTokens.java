package com.jobwise.export.adapters.rest;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The one place the tests of this module (and, through its test-jar, the bootstrap's) mint JWTs: the HS256
 * tokens the service's own secret accepts, RS256/ES256 tokens for external issuers, and the tokens every mode
 * must refuse with 401.
 */
public final class TestTokens {
    /** The HS256 secret of the tests; set it as {@code export.security.jwt-secret}. */
    public static final String SECRET = "test-secret-0123456789-abcdefghijklmnop";

    private TestTokens() {
    }

    /** An HS256 token for {@code user} signed with {@link #SECRET}, valid one hour. */
    public static String valid(String user) {
        return hs256(SECRET, claims(user, Instant.now().plus(Duration.ofHours(1))));
    }

    /** A fresh user id. */
    public static String newUser(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Claims with {@code sub} and {@code iat}, and {@code exp} when {@code expiry} is not null. */
    public static JWTClaimsSet claims(String user, Instant expiry) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject(user).issueTime(new Date());
        if (expiry != null) {
            builder.expirationTime(Date.from(expiry));
        }
        return builder.build();
    }

    /** {@code claims} signed HS512 with {@code secret} (an algorithm the service does not accept). */
    public static String hs512(String secret, JWTClaimsSet claims) {
        return sign(new JWSHeader(JWSAlgorithm.HS512), claims, macSigner(secret));
    }

    /** An {@code alg: none} token for {@code user}, valid one hour. */
    public static String unsigned(String user) {
        return unsigned(claims(user, Instant.now().plus(Duration.ofHours(1))));
    }

    /** Claims of a valid token for {@code user}, with {@code iss}/{@code aud} when not null, valid one hour. */
    public static JWTClaimsSet.Builder claims(String user, String issuer, String audience) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject(user).claim("tier", "pro")
                .claim("email", user + "@example.com")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
        if (issuer != null) {
            builder.issuer(issuer);
        }
        if (audience != null) {
            builder.audience(audience);
        }
        return builder;
    }

    public static String hs256(String secret, JWTClaimsSet claims) {
        return sign(new JWSHeader(JWSAlgorithm.HS256), claims, macSigner(secret));
    }

    public static String hs256Typed(String secret, JWTClaimsSet claims, String typ) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType(typ)).build(), claims,
                macSigner(secret));
    }

    public static String rs256(RSAKey key, JWTClaimsSet claims) {
        try {
            return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims, new RSASSASigner(key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String es256(ECKey key, JWTClaimsSet claims) {
        try {
            return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims,
                    new ECDSASigner(key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    private static MACSigner macSigner(String secret) {
        try {
            return new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs claims the way the mode under test expects (right key, right algorithm). */
    public interface Signer {
        String sign(JWTClaimsSet claims);
    }

    /**
     * Tokens every mode refuses, by name: malformed, {@code alg: none}, signed with another key, expired, without
     * {@code exp} or with a null or non-numeric one, {@code nbf} in the future; with {@code issuer}/{@code audience}
     * configured also wrong and missing {@code iss}/{@code aud}, and issuers that are a suffix or a prefix of the
     * configured one or differ from it only in case.
     *
     * @param good         signs with the accepted key and algorithm
     * @param otherKey     signs with a key of the same kind that the service does not know
     */
    public static Map<String, String> refused(String user, String issuer, String audience, Signer good, Signer otherKey) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("garbage", "garbage");
        tokens.put("three dots", "a.b.c");
        tokens.put("truncated", good.sign(claims(user, issuer, audience).build()).substring(0, 40));
        tokens.put("alg none", unsigned(claims(user, issuer, audience).build()));
        String valid = good.sign(claims(user, issuer, audience).build());
        tokens.put("tampered payload", valid.substring(0, valid.indexOf('.') + 1)
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        claims("someone-else", issuer, audience).build().toString().getBytes(StandardCharsets.UTF_8))
                + valid.substring(valid.lastIndexOf('.')));
        tokens.put("wrong key", otherKey.sign(claims(user, issuer, audience).build()));
        tokens.put("expired", good.sign(claims(user, issuer, audience)
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5)))).build()));
        tokens.put("missing exp", good.sign(claims(user, issuer, audience).expirationTime(null).build()));
        tokens.put("exp null", checked(good.sign(claims(user, issuer, audience).serializeNullClaims(true)
                .claim("exp", null).build()), "\"exp\":null"));
        tokens.put("exp soon", checked(good.sign(claims(user, issuer, audience).claim("exp", "soon").build()),
                "\"exp\":\"soon\""));
        tokens.put("exp far beyond the clock skew", good.sign(claims(user, issuer, audience)
                .expirationTime(Date.from(Instant.now().minus(Duration.ofSeconds(90)))).build()));
        tokens.put("nbf beyond the clock skew", good.sign(claims(user, issuer, audience)
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofSeconds(90)))).build()));
        tokens.put("missing sub", good.sign(claims(user, issuer, audience).subject(null).build()));
        tokens.put("not yet valid", good.sign(claims(user, issuer, audience)
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))).build()));
        if (issuer != null) {
            tokens.put("wrong issuer", good.sign(claims(user, "https://evil.example.com", audience).build()));
            tokens.put("missing issuer", good.sign(claims(user, null, audience).build()));
            // micronaut-security-jwt's own issuer check is a suffix match ignoring protocol and trailing slash.
            String host = issuer.substring(issuer.indexOf("://") + 3);
            for (String near : List.of("", issuer.substring(issuer.length() - 1), host,
                    host.substring(host.indexOf('.') + 1), "http://" + host, issuer + "/",
                    issuer.substring(0, issuer.length() - 1), issuer.substring(0, issuer.indexOf("://")),
                    issuer.toUpperCase(Locale.ROOT), issuer.replace(host, host.substring(0, 1).toUpperCase(Locale.ROOT) + host.substring(1)),
                    " " + issuer)) {
                tokens.put("issuer '" + near + "'", good.sign(claims(user, near, audience).build()));
            }
        }
        if (audience != null) {
            tokens.put("wrong audience", good.sign(claims(user, issuer, "another-service").build()));
            tokens.put("missing audience", good.sign(claims(user, issuer, null).build()));
        }
        return tokens;
    }

    /** The token, after checking that its payload holds {@code json} (the claim really is on the wire). */
    private static String checked(String token, String json) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8);
        if (!payload.contains(json)) {
            throw new IllegalStateException(payload + " does not contain " + json);
        }
        return token;
    }

    /** Tokens within the 60 s clock skew, which every mode accepts: expired 30 s ago, valid in 30 s. */
    public static Map<String, String> withinClockSkew(String user, String issuer, String audience, Signer good) {
        return Map.of(
                "expired 30 s ago", good.sign(claims(user, issuer, audience)
                        .expirationTime(Date.from(Instant.now().minus(Duration.ofSeconds(30)))).build()),
                "nbf in 30 s", good.sign(claims(user, issuer, audience)
                        .notBeforeTime(Date.from(Instant.now().plus(Duration.ofSeconds(30)))).build()));
    }

    /** Every JWK's public part, as the issuer's JWKS document. */
    public static String jwks(List<JWK> keys) {
        return new com.nimbusds.jose.jwk.JWKSet(keys).toString(true);
    }
}
