package com.jobwise.export.domain.share;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A public link to one export. The secret token is never stored: only its SHA-256 ({@link ShareTokens#hash}).
 *
 * @param exportId     the shared export; {@code null} once the export was deleted (the row stays so the link
 *                     answers 410 instead of 404)
 * @param passwordHash bcrypt hash of the link's password, {@code null} when there is none
 * @param revokedAt    when the owner revoked the link, {@code null} while it is not revoked
 * @param lastViewedAt the last view, {@code null} before the first
 */
public record Share(
        ShareId id,
        String tokenHash,
        ExportId exportId,
        UserId userId,
        String passwordHash,
        boolean allowDownload,
        Instant expiresAt,
        Instant createdAt,
        Instant revokedAt,
        long viewCount,
        long downloadCount,
        Instant lastViewedAt) {

    public Share {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new, never used link. */
    public static Share create(ShareId id, String tokenHash, ExportId exportId, UserId userId, String passwordHash,
                               boolean allowDownload, Instant expiresAt, Instant createdAt) {
        return new Share(id, tokenHash, exportId, userId, passwordHash, allowDownload, expiresAt, createdAt,
                null, 0, 0, null);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Optional<ExportId> export() {
        return Optional.ofNullable(exportId);
    }

    /** Whether the link no longer opens at {@code now}: revoked, expired or its export deleted. */
    public boolean isEndedAt(Instant now) {
        return revokedAt != null || !expiresAt.isAfter(now) || exportId == null;
    }
}
