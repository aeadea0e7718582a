package com.jobwise.export.adapters.rest.account;

import com.jobwise.export.domain.account.User;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.Locale;

/**
 * An account as clients see it (never the password hash): {@code {"id": "3f2c…", "email": "ada@example.com",
 * "full_name": "Ada Lovelace", "tier": "free", "created_at": "2026-01-10T10:00:00Z"}}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UserResponse(String id, String email, String fullName, String tier, String createdAt) {

    static UserResponse from(User user) {
        return new UserResponse(user.id().value(), user.email().value(), user.fullName(),
                user.tier().name().toLowerCase(Locale.ROOT), user.createdAt().toString());
    }
}
