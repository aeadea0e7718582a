package com.jobwise.export.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Signs HS256 access tokens with {@code JWT_SECRET}; used for the demo token printed at start-up. */
@Singleton
public class HmacTokenIssuer {
    private final byte[] secret;

    public HmacTokenIssuer(JwtSettings settings) {
        this.secret = settings.secretBytes();
    }

    /**
     * A token for {@code userId} valid for {@code validity}.
     *
     * @param tier {@code free} or {@code pro}
     */
    public String issue(String userId, String tier, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .claim("tier", tier)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return jwt.serialize();
    }
}
