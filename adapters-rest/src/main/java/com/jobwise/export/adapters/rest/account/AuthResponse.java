package com.jobwise.export.adapters.rest.account;

import com.jobwise.export.application.account.Session;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Duration;

/**
 * The answer to register, login and refresh, in the OAuth 2.0 token-response shape (RFC 6749, 5.1) plus the
 * account (JobWise design 6.1: registration answers the user and a token):
 * {@code {"access_token": "eyJ…", "token_type": "bearer", "expires_in": 3600, "refresh_token": "q3L…",
 * "refresh_expires_in": 604800, "user": {...}}}. Lifetimes in seconds.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record AuthResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                           long refreshExpiresIn, UserResponse user) {

    static AuthResponse from(Session session) {
        return new AuthResponse(session.accessToken(), "bearer",
                Duration.between(session.issuedAt(), session.accessTokenExpiresAt()).toSeconds(),
                session.refreshToken(),
                Duration.between(session.issuedAt(), session.refreshTokenExpiresAt()).toSeconds(),
                UserResponse.from(session.user()));
    }

    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "AuthResponse[user=" + user.id() + ", expiresIn=" + expiresIn + "]";
    }
}
