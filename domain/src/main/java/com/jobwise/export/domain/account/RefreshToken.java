package com.jobwise.export.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored refresh token (the {@code refresh_tokens} table). The token itself is an opaque random string
 * known only to the client; only its SHA-256 hash is kept. Every login starts a family; every refresh
 * rotates within it (the presented token is marked used, a new one issued). Presenting a used token again
 * means it was stolen or replayed, and the whole family is revoked.
 *
 * @param tokenHash lower-case hex SHA-256 of the token (64 characters)
 * @param familyId  shared by every token descending from one login
 * @param usedAt    when it was exchanged for a new token; {@code null} while unused
 * @param revokedAt when its family was revoked (logout, reuse); {@code null} while valid
 */
public record RefreshToken(String tokenHash, UserId userId, String familyId, Instant issuedAt, Instant expiresAt,
                           Instant usedAt, Instant revokedAt) {

    public RefreshToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("tokenHash must be 64 lower-case hex digits");
        }
    }

    /** A new, unused, unrevoked token. */
    public static RefreshToken issued(String tokenHash, UserId userId, String familyId, Instant issuedAt,
                                      Instant expiresAt) {
        return new RefreshToken(tokenHash, userId, familyId, issuedAt, expiresAt, null, null);
    }

    /** Whether the token is past its expiry at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Whether the token was already exchanged. */
    public boolean isUsed() {
        return usedAt != null;
    }

    /** Whether the token's family was revoked. */
    public boolean isRevoked() {
        return revokedAt != null;
    }
}
