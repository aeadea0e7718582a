package com.jobwise.export.application.account;

import com.jobwise.export.domain.account.User;

import java.time.Instant;
import java.util.Objects;

/**
 * What a registration, login or refresh hands the client: a signed access token and a new opaque refresh
 * token (shown once; only its hash is stored), when they were issued (whole seconds, as in the JWT's
 * {@code iat}), their expiry instants, and the account.
 */
public record Session(User user, Instant issuedAt, String accessToken, Instant accessTokenExpiresAt,
                      String refreshToken, Instant refreshTokenExpiresAt) {
    public Session {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
    }

    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "Session[user=" + user.id() + ", accessTokenExpiresAt=" + accessTokenExpiresAt
                + ", refreshTokenExpiresAt=" + refreshTokenExpiresAt + "]";
    }
}
