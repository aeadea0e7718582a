package com.jobwise.export.adapters.rest.account;

import com.jobwise.export.application.account.RegisterUserCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Body of {@code POST /api/v1/auth/register}: {@code {"email": "ada@example.com", "password": "Secr3t-Password",
 * "full_name": "Ada Lovelace"}}. Missing fields reach the use case, which answers 422 naming them.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RegisterRequest(@Nullable String email, @Nullable String password, @Nullable String fullName) {

    RegisterUserCommand toCommand() {
        return new RegisterUserCommand(email, password, fullName);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", fullName=" + fullName + "]";
    }
}
