package com.jobwise.export.adapters.rest.account;

import com.jobwise.export.application.account.LogInCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/auth/login}: {@code {"email": "ada@example.com", "password": "Secr3t-Password"}}. */
@Serdeable
public record LoginRequest(@Nullable String email, @Nullable String password) {

    LogInCommand toCommand(String clientAddress) {
        return new LogInCommand(email, password, clientAddress);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
