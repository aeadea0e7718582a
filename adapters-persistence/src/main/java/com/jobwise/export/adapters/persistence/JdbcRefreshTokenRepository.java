package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.account.RefreshToken;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.IRefreshTokenRepository;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IRefreshTokenRepository} on the {@code refresh_tokens} table (migration V4), keyed by the SHA-256 hex
 * of the token. {@link #markUsed} is one conditional {@code UPDATE ... WHERE used_at IS NULL AND revoked_at IS
 * NULL}, so of concurrent uses of one token the database lets exactly one through, on every instance.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached; {@link IllegalStateException}
 * for a duplicate hash, a token of a user who has no account, or a row the domain rejects.
 */
@Singleton
@Requires(property = "datasources.default.url")
@TranslateSqlErrors
public class JdbcRefreshTokenRepository implements IRefreshTokenRepository {
    private final AccountRows.RefreshTokens rows;

    JdbcRefreshTokenRepository(AccountRows.RefreshTokens rows) {
        this.rows = rows;
    }

    @Override
    public void save(RefreshToken token) {
        rows.save(AccountRows.RefreshTokenRow.of(Objects.requireNonNull(token, "token")));
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return rows.findById(Objects.requireNonNull(tokenHash, "tokenHash")).map(AccountRows.RefreshTokenRow::toToken);
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        return rows.markUsed(Objects.requireNonNull(tokenHash, "tokenHash"), Objects.requireNonNull(at, "at")) == 1;
    }

    /** One {@code UPDATE} through {@code idx_refresh_tokens_family_id}; returns the tokens revoked. */
    @Override
    public int revokeFamily(String familyId, Instant at) {
        return rows.revokeFamily(Objects.requireNonNull(familyId, "familyId"), Objects.requireNonNull(at, "at"));
    }

    /** One {@code DELETE} through {@code idx_refresh_tokens_expires_at}; returns the tokens deleted. */
    @Override
    public int deleteExpired(Instant now) {
        return rows.deleteByExpiresAtLessThanEquals(Objects.requireNonNull(now, "now"));
    }
}
