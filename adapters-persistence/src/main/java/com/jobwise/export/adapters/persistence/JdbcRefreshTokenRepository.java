package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.Jdbc;
import com.jobwise.export.adapters.persistence.jdbc.Timestamps;
import com.jobwise.export.domain.model.RefreshToken;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IRefreshTokenRepository;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
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
public class JdbcRefreshTokenRepository implements IRefreshTokenRepository {
    private static final String COLUMNS = "token_hash, user_id, family_id, issued_at, expires_at, used_at, revoked_at";

    private final Jdbc jdbc;

    /** Uses {@code dataSource}, whose schema the Flyway migrations of this module have created. */
    public JdbcRefreshTokenRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(RefreshToken token) {
        Objects.requireNonNull(token, "token");
        jdbc.insert("save refresh token", "INSERT INTO refresh_tokens (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, token.tokenHash());
                    statement.setString(2, token.userId().value());
                    statement.setString(3, token.familyId());
                    statement.setObject(4, Timestamps.toColumn(token.issuedAt()));
                    statement.setObject(5, Timestamps.toColumn(token.expiresAt()));
                    statement.setObject(6, Timestamps.toColumn(token.usedAt()));
                    statement.setObject(7, Timestamps.toColumn(token.revokedAt()));
                }, () -> new IllegalStateException("refresh token for a user who has no account"));
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return jdbc.query("find refresh token", "SELECT " + COLUMNS + " FROM refresh_tokens WHERE token_hash = ?",
                statement -> statement.setString(1, tokenHash), JdbcRefreshTokenRepository::map).stream().findFirst();
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(at, "at");
        return jdbc.update("use refresh token", "UPDATE refresh_tokens SET used_at = ? "
                + "WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL", statement -> {
                    statement.setObject(1, Timestamps.toColumn(at));
                    statement.setString(2, tokenHash);
                }) == 1;
    }

    /** One {@code UPDATE} through {@code idx_refresh_tokens_family_id}. */
    @Override
    public int revokeFamily(String familyId, Instant at) {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(at, "at");
        return jdbc.update("revoke refresh token family",
                "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL", statement -> {
                    statement.setObject(1, Timestamps.toColumn(at));
                    statement.setString(2, familyId);
                });
    }

    /** One {@code DELETE} through {@code idx_refresh_tokens_expires_at}. */
    @Override
    public int deleteExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return jdbc.update("delete expired refresh tokens", "DELETE FROM refresh_tokens WHERE expires_at <= ?",
                statement -> statement.setObject(1, Timestamps.toColumn(now)));
    }

    private static RefreshToken map(ResultSet row) throws SQLException {
        try {
            return new RefreshToken(row.getString("token_hash"), new UserId(row.getString("user_id")),
                    row.getString("family_id"), Timestamps.fromColumn(row, "issued_at"),
                    Timestamps.fromColumn(row, "expires_at"), Timestamps.fromColumn(row, "used_at"),
                    Timestamps.fromColumn(row, "revoked_at"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("refresh_tokens row is not a valid token", e);
        }
    }
}
