package com.jobwise.export.adapters.rest;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Builds good and bad tokens for the security tests. */
final class Tokens {
    static final String SECRET = "test-secret-0123456789-abcdefghijklmnop";

    private Tokens() {
    }

    static String valid(String user) {
        return signed(SECRET, claims(user, Instant.now().plus(Duration.ofHours(1))));
    }

    static JWTClaimsSet claims(String user, Instant expiry) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject(user).issueTime(new Date());
        if (expiry != null) {
            builder.expirationTime(Date.from(expiry));
        }
        return builder.build();
    }

    static String signed(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String signedHs512(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(String user) {
        return new PlainJWT(claims(user, Instant.now().plus(Duration.ofHours(1)))).serialize();
    }
}
