package com.jobwise.export.adapters.rest.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Token settings ({@code export.security.*}). Two modes:
 * <ul>
 *   <li>{@code local} (default): this service keeps the accounts and signs HS256 access tokens with
 *       {@code jwt-secret}; {@code /api/v1/auth/*} is served.</li>
 *   <li>{@code external}: another auth service issues the tokens; this one keeps no accounts and serves no
 *       {@code /auth} routes. Tokens are checked with {@code jwks-url} (RS256/ES256 public keys fetched and
 *       cached) when set, otherwise with the shared HS256 {@code jwt-secret}.</li>
 * </ul>
 * In both modes {@code iss} must equal {@code issuer} and {@code aud} must contain {@code audience} when these
 * are configured (and locally issued tokens carry them). {@link #validate()} refuses an HS256 secret shorter
 * than {@value #MIN_SECRET_BYTES} bytes or equal to a well-known example value, so the service does not start
 * with one: the settings are created and checked at startup ({@link Context}).
 */
@Context
@ConfigurationProperties("export.security")
public class JwtSettings {
    /** The minimum secret length in bytes (HS256 needs a 256-bit key). */
    public static final int MIN_SECRET_BYTES = 32;
    /** The mode in which this service issues its own tokens. */
    public static final String LOCAL = "local";
    /** The mode in which another service issues the tokens. */
    public static final String EXTERNAL = "external";

    /**
     * Example secrets from documentation, tutorials and templates (jwt.io, framework guides, the JobWise design's
     * {@code .env} examples), compared after trimming and lower-casing. Short ones are refused by length anyway;
     * they are listed so the message says what is wrong.
     */
    static final Set<String> WELL_KNOWN_SECRETS = Set.of(
            "secret", "changeme", "change-me", "change_me", "changeit", "password", "default", "test",
            "your-256-bit-secret", "your-384-bit-secret", "your-512-bit-secret",
            "a-string-secret-at-least-256-bits-long",
            "your-secret-key", "your_secret_key", "yoursecretkey", "your-secret", "your_secret",
            "your-jwt-secret", "your_jwt_secret", "your-jwt-secret-key", "your_jwt_secret_key",
            "your-secret-key-here", "your_secret_key_here", "your-super-secret-key", "your-super-secret-jwt-key",
            "your-super-secret-and-long-jwt-secret",
            "your-super-secret-jwt-token-with-at-least-32-characters-long",
            "jwt-secret", "jwt_secret", "jwtsecret", "jwt-secret-key", "jwt_secret_key",
            "mysecret", "my-secret", "my_secret", "my-secret-key", "my_secret_key", "mysecretkey",
            "supersecret", "super-secret", "super_secret", "supersecretkey", "super-secret-key",
            "secretkey", "secret-key", "secret_key", "secret123", "s3cr3t",
            "dev-secret-key", "dev-secret", "development-secret", "test-secret", "<secure-random-key>",
            "replace-me", "replace_me", "replace-with-a-long-random-secret", "please-change-me",
            "please-change-this-secret", "change-this-secret", "changethissecret", "change-this-to-a-secure-secret",
            "0123456789abcdef0123456789abcdef", "12345678901234567890123456789012",
            "abcdefghijklmnopqrstuvwxyz123456", "abcdefghijklmnopqrstuvwxyz012345");

    private String mode = LOCAL;
    private String jwtSecret;
    private String jwksUrl;
    private String issuer;
    private String audience;
    private List<String> jwksAlgorithms = List.of("RS256", "ES256");
    private Duration accessTokenTtl = Duration.ofHours(1);
    private Duration refreshTokenTtl = Duration.ofDays(7);
    private Duration clockSkew = Duration.ofSeconds(60);
    private int loginMaxFailures = 5;
    private Duration loginFailureWindow = Duration.ofMinutes(15);
    private Duration loginLockout = Duration.ofMinutes(15);

    /** {@code local} (default) or {@code external}, lower case. */
    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        // Not normalised: the routes' @Requires compare the raw property, so validate() insists on lower case.
        this.mode = mode == null || mode.isBlank() ? LOCAL : mode.strip();
    }

    /** Whether this service issues its own tokens and keeps accounts. */
    public boolean isLocal() {
        return LOCAL.equals(mode);
    }

    /** The HS256 secret ({@code JWT_SECRET}): signing key in local mode, shared verification key in external mode without JWKS. */
    public String getJwtSecret() {
        return jwtSecret;
    }

    public void setJwtSecret(String jwtSecret) {
        this.jwtSecret = jwtSecret;
    }

    /** External mode: the issuer's JWKS document (https URL); when set, tokens are verified with its public keys. */
    public String getJwksUrl() {
        return blankToNull(jwksUrl);
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl;
    }

    /** The expected {@code iss} claim; unset, {@code iss} is not checked (and not issued). */
    public String getIssuer() {
        return blankToNull(issuer);
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    /** An {@code aud} value tokens must carry; unset, {@code aud} is not checked (and not issued). */
    public String getAudience() {
        return blankToNull(audience);
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    /** Signature algorithms accepted from the JWKS (default RS256 and ES256); never HMAC or {@code none}. */
    public List<String> getJwksAlgorithms() {
        return jwksAlgorithms;
    }

    public void setJwksAlgorithms(List<String> jwksAlgorithms) {
        this.jwksAlgorithms = jwksAlgorithms == null ? List.of() : List.copyOf(jwksAlgorithms);
    }

    /** Local mode: access-token lifetime, default 1 hour. */
    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        this.accessTokenTtl = accessTokenTtl;
    }

    /** Local mode: refresh-token lifetime, default 7 days. */
    public Duration getRefreshTokenTtl() {
        return refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    /** Tolerance on {@code exp} and {@code nbf}, default 60 seconds. */
    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    /** Local mode: failed logins of one email address that lock it, default 5. */
    public int getLoginMaxFailures() {
        return loginMaxFailures;
    }

    public void setLoginMaxFailures(int loginMaxFailures) {
        this.loginMaxFailures = loginMaxFailures;
    }

    /** Local mode: the window in which failures count, from the first, default 15 minutes. */
    public Duration getLoginFailureWindow() {
        return loginFailureWindow;
    }

    public void setLoginFailureWindow(Duration loginFailureWindow) {
        this.loginFailureWindow = loginFailureWindow;
    }

    /** Local mode: how long a locked address stays locked, default 15 minutes. */
    public Duration getLoginLockout() {
        return loginLockout;
    }

    public void setLoginLockout(Duration loginLockout) {
        this.loginLockout = loginLockout;
    }

    /** Whether tokens are verified with an HS256 secret (local mode, or external mode without a JWKS URL). */
    public boolean usesSecret() {
        return isLocal() || getJwksUrl() == null;
    }

    /**
     * Checks the settings; throws {@link IllegalStateException} with a message saying what is wrong and how to
     * fix it: an unknown mode, a JWKS URL in local mode or one that is not http(s), no accepted JWKS algorithm,
     * and, whenever an HS256 secret is used, a missing secret, a well-known example secret or one shorter than
     * {@value #MIN_SECRET_BYTES} bytes.
     */
    @PostConstruct
    public void validate() {
        if (!LOCAL.equals(mode) && !EXTERNAL.equals(mode)) {
            throw new IllegalStateException("export.security.mode (JWT_ISSUER_MODE) is '" + mode
                    + "'; it must be 'local' (this service issues tokens) or 'external' (another service does)");
        }
        if (isLocal() && getJwksUrl() != null) {
            throw new IllegalStateException("export.security.jwks-url (JWT_JWKS_URL) is set but the mode is local; "
                    + "set export.security.mode (JWT_ISSUER_MODE) to 'external' to accept another issuer's tokens");
        }
        if (getJwksUrl() != null) {
            URI uri;
            try {
                uri = URI.create(getJwksUrl());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("export.security.jwks-url (JWT_JWKS_URL) is not a valid URL", e);
            }
            if (uri.getScheme() == null || !Set.of("https", "http").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new IllegalStateException("export.security.jwks-url (JWT_JWKS_URL) must be an https URL");
            }
            jwksAlgorithms();
        }
        if (usesSecret()) {
            secretBytes();
        }
    }

    /**
     * The algorithms accepted from the JWKS, after checking that there is at least one and that each is an RSA
     * or EC signature algorithm (RS256/384/512, PS256/384/512, ES256/384/512): never HMAC or {@code none}.
     */
    public Set<JWSAlgorithm> jwksAlgorithms() {
        if (jwksAlgorithms.isEmpty()) {
            throw new IllegalStateException("export.security.jwks-algorithms must name at least one algorithm");
        }
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        for (String name : jwksAlgorithms) {
            JWSAlgorithm algorithm = JWSAlgorithm.parse(name.strip());
            if (!JWSAlgorithm.Family.RSA.contains(algorithm) && !JWSAlgorithm.Family.EC.contains(algorithm)) {
                throw new IllegalStateException("export.security.jwks-algorithms: " + name
                        + " is not an RSA or EC signature algorithm");
            }
            algorithms.add(algorithm);
        }
        return Set.copyOf(algorithms);
    }

    /** The HS256 secret as UTF-8 bytes, after the checks of {@link #validate()}. */
    public byte[] secretBytes() {
        String hint = " Generate one with: openssl rand -base64 48";
        if (jwtSecret == null || jwtSecret.isBlank()) {
            throw new IllegalStateException("JWT secret (JWT_SECRET) is not set; HS256 tokens need a secret of at least "
                    + MIN_SECRET_BYTES + " random bytes." + hint);
        }
        if (WELL_KNOWN_SECRETS.contains(jwtSecret.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("JWT secret (JWT_SECRET) is a well-known example value published in "
                    + "documentation; anyone could forge tokens with it. Use a random secret of at least "
                    + MIN_SECRET_BYTES + " bytes." + hint);
        }
        byte[] bytes = jwtSecret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("JWT secret (JWT_SECRET) is " + bytes.length + " bytes long; HS256 needs "
                    + "at least " + MIN_SECRET_BYTES + " bytes (256 bits)." + hint);
        }
        if (jwtSecret.chars().distinct().count() < 6) {
            throw new IllegalStateException("JWT secret (JWT_SECRET) repeats fewer than 6 distinct characters; "
                    + "it is trivially guessable." + hint);
        }
        return bytes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
