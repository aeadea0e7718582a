package com.jobwise.export.domain.account;

import com.jobwise.export.domain.error.InvalidAccountDetailsException;

import java.time.Instant;
import java.util.Objects;

/**
 * A local account (the {@code users} table): used only when this service issues its own tokens.
 *
 * @param id           opaque id, the tokens' {@code sub} (a UUID for accounts created here)
 * @param email        unique, normalised
 * @param passwordHash the password hasher's output (bcrypt, cost 12); never the password, never shown
 * @param fullName     1 to {@value #MAX_FULL_NAME_LENGTH} characters, trimmed
 * @param tier         the plan, the tokens' {@code tier} claim
 * @param createdAt    when the account was created
 */
public record User(UserId id, EmailAddress email, String passwordHash, String fullName, Tier tier, Instant createdAt) {
    /** The longest full name accepted. */
    public static final int MAX_FULL_NAME_LENGTH = 200;

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(createdAt, "createdAt");
        if (passwordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash must not be blank");
        }
    }

    /**
     * A full name as typed, trimmed; {@link InvalidAccountDetailsException} (field {@code full_name}) when it is
     * missing, blank or longer than {@value #MAX_FULL_NAME_LENGTH} characters.
     */
    public static String checkFullName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new InvalidAccountDetailsException("full_name", "full_name is required");
        }
        if (name.codePointCount(0, name.length()) > MAX_FULL_NAME_LENGTH) {
            throw new InvalidAccountDetailsException("full_name",
                    "full_name must be at most " + MAX_FULL_NAME_LENGTH + " characters long");
        }
        return name;
    }

    /** Never prints the password hash. */
    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", fullName=" + fullName + ", tier=" + tier
                + ", createdAt=" + createdAt + "]";
    }
}
