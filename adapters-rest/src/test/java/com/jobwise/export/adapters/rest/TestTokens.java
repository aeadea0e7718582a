package com.jobwise.export.adapters.rest;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Valid bearer tokens for the tests of the sub-packages (the same secret as {@code Tokens}). */
public final class TestTokens {
    /** Set it as {@code export.security.jwt-secret}. */
    public static final String SECRET = Tokens.SECRET;

    private TestTokens() {
    }

    /** A token for {@code user}, valid one hour. */
    public static String valid(String user) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(user).issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1)))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh user id. */
    public static String newUser(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
