package com.jobwise.export.adapters.rest.security;

import com.jobwise.export.domain.account.UserId;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

/**
 * The claim rules of this service, stricter than micronaut-security-jwt's defaults (which accept a token without
 * {@code exp}, ignore {@code nbf} and compare {@code iss} by suffix): a numeric {@code exp} is required and not
 * past, an {@code nbf} is not in the future (both with {@link JwtSettings#getClockSkew()}, 60 s), {@code iss}
 * equals the configured issuer exactly (case included), {@code aud} contains the configured audience, and
 * {@code sub} is a {@link UserId}. Replaces the module's expiration check, which has no clock skew.
 */
@Singleton
@Replaces(ExpirationJwtClaimsValidator.class)
public class TokenClaimsValidator<T> implements GenericJwtClaimsValidator<T> {
    private static final Logger LOG = LoggerFactory.getLogger(TokenClaimsValidator.class);

    private final String issuer;
    private final String audience;
    private final Duration skew;

    /** Reads the expected issuer, audience and clock skew of {@code settings}. */
    public TokenClaimsValidator(JwtSettings settings) {
        this.issuer = settings.getIssuer();
        this.audience = settings.getAudience();
        this.skew = settings.getClockSkew();
        if (!settings.isLocal() && (issuer == null || audience == null)) {
            LOG.warn("External token issuer without {}: tokens minted for other services will be accepted; set "
                    + "export.security.issuer (JWT_ISSUER) and export.security.audience (JWT_AUDIENCE)",
                    issuer == null ? (audience == null ? "an issuer and an audience" : "an issuer") : "an audience");
        }
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Instant now = Instant.now();
        Instant expiry = instant(claims.get(Claims.EXPIRATION_TIME));
        if (expiry == null || now.isAfter(expiry.plus(skew))) {
            return refuse("exp missing, not numeric or past");
        }
        if (claims.contains(Claims.NOT_BEFORE)) {
            Instant notBefore = instant(claims.get(Claims.NOT_BEFORE));
            if (notBefore == null || now.plus(skew).isBefore(notBefore)) {
                return refuse("nbf not numeric or in the future");
            }
        }
        if (issuer != null && !issuer.equals(claims.get(Claims.ISSUER))) {
            return refuse("iss is not " + issuer);
        }
        if (audience != null && !hasAudience(claims.get(Claims.AUDIENCE))) {
            return refuse("aud does not contain " + audience);
        }
        if (!(claims.get(Claims.SUBJECT) instanceof String subject) || !UserId.isValid(subject)) {
            return refuse("sub is not a user id");
        }
        return true;
    }

    private boolean hasAudience(Object aud) {
        return aud instanceof Collection<?> values ? values.contains(audience) : audience.equals(aud);
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
    }

    private static boolean refuse(String why) {
        LOG.debug("token refused: {}", why);
        return false;
    }
}
