package com.jobwise.export.adapters.rest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** Body of {@code POST /api/v1/auth/refresh} and {@code /logout}: {@code {"refresh_token": "..."}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RefreshTokenRequest(@Nullable String refreshToken) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "RefreshTokenRequest[]";
    }
}
