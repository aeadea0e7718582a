package com.jobwise.export.domain.account;

import com.jobwise.export.domain.error.StorageUnavailableException;

import java.time.Instant;
import java.util.Optional;

/**
 * Stored refresh tokens, by the SHA-256 hash of the token (never the token). Throws
 * {@link StorageUnavailableException} when the store cannot be reached.
 */
public interface IRefreshTokenRepository {

    /** Inserts a new token; {@link IllegalStateException} for a duplicate hash. */
    void save(RefreshToken token);

    /** The token whose hash is {@code tokenHash}, whatever its state. */
    Optional<RefreshToken> findByHash(String tokenHash);

    /**
     * Marks the token used at {@code at} if it is neither used nor revoked, atomically: of two concurrent
     * calls for one token exactly one returns {@code true}. {@code false} when it was already used or revoked,
     * or does not exist.
     */
    boolean markUsed(String tokenHash, Instant at);

    /** Revokes (at {@code at}) every not yet revoked token of the family; returns how many. */
    int revokeFamily(String familyId, Instant at);

    /** Deletes every token expired at {@code now} (used, revoked or not); returns how many. */
    int deleteExpired(Instant now);
}
