package com.jobwise.export.adapters.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.charset.StandardCharsets;

/**
 * Token settings ({@code export.security.*}): the HS256 secret shared with the token issuer
 * (environment variable {@code JWT_SECRET}), at least 32 bytes (HS256 needs a 256-bit key).
 */
@ConfigurationProperties("export.security")
public class JwtSettings {
    /** The minimum secret length in bytes. */
    public static final int MIN_SECRET_BYTES = 32;

    private String jwtSecret;

    public String getJwtSecret() {
        return jwtSecret;
    }

    public void setJwtSecret(String jwtSecret) {
        this.jwtSecret = jwtSecret;
    }

    /** The secret as UTF-8 bytes. */
    public byte[] secretBytes() {
        if (jwtSecret == null || jwtSecret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("JWT secret (JWT_SECRET) must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        return jwtSecret.getBytes(StandardCharsets.UTF_8);
    }
}
