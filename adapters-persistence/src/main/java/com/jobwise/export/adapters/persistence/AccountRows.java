package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.account.EmailAddress;
import com.jobwise.export.domain.account.FailedLogins;
import com.jobwise.export.domain.account.RefreshToken;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The rows and repositories of the local accounts (migration V4): users, refresh tokens, failed logins. */
final class AccountRows {
    private AccountRows() {
    }

    /** A row of {@code users}: the email normalised, the tier in lower case. */
    @MappedEntity("users")
    record UserRow(@Id String id, String email, String passwordHash, String fullName, String tier, Instant createdAt) {
        static UserRow of(User user) {
            return new UserRow(user.id().value(), user.email().value(), user.passwordHash(), user.fullName(),
                    user.tier().name().toLowerCase(Locale.ROOT), user.createdAt());
        }

        User toUser() {
            try {
                return new User(new UserId(id), new EmailAddress(email), passwordHash, fullName, Tier.fromClaim(tier),
                        createdAt);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("users row " + id + " is not a valid account", e);
            }
        }
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Users extends GenericRepository<UserRow, String> {
        UserRow save(UserRow row);

        Optional<UserRow> findById(String id);

        Optional<UserRow> findByEmail(String email);
    }

    /** A row of {@code refresh_tokens}, keyed by the SHA-256 hex of the token. */
    @MappedEntity("refresh_tokens")
    record RefreshTokenRow(@Id String tokenHash, String userId, String familyId, Instant issuedAt, Instant expiresAt,
                           @Nullable Instant usedAt, @Nullable Instant revokedAt) {
        static RefreshTokenRow of(RefreshToken token) {
            return new RefreshTokenRow(token.tokenHash(), token.userId().value(), token.familyId(), token.issuedAt(),
                    token.expiresAt(), token.usedAt(), token.revokedAt());
        }

        RefreshToken toToken() {
            try {
                return new RefreshToken(tokenHash, new UserId(userId), familyId, issuedAt, expiresAt, usedAt,
                        revokedAt);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalStateException("refresh_tokens row is not a valid token", e);
            }
        }
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RefreshTokens extends GenericRepository<RefreshTokenRow, String> {
        RefreshTokenRow save(RefreshTokenRow row);

        Optional<RefreshTokenRow> findById(String tokenHash);

        @Query("UPDATE refresh_tokens SET used_at = :at WHERE token_hash = :tokenHash AND used_at IS NULL "
                + "AND revoked_at IS NULL")
        int markUsed(String tokenHash, Instant at);

        @Query("UPDATE refresh_tokens SET revoked_at = :at WHERE family_id = :familyId AND revoked_at IS NULL")
        int revokeFamily(String familyId, Instant at);

        int deleteByExpiresAtLessThanEquals(Instant now);
    }

    /** A row of {@code login_failures}, keyed by the SHA-256 hex of the normalised email. */
    @MappedEntity("login_failures")
    record FailedLoginRow(@Id String accountKey, int failures, @Nullable Instant windowStartedAt,
                          @Nullable Instant lockedUntil) {
        FailedLogins toFailedLogins() {
            try {
                return new FailedLogins(failures, windowStartedAt, lockedUntil);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("login_failures row is not valid", e);
            }
        }
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface FailedLoginRows extends GenericRepository<FailedLoginRow, String> {
        Optional<FailedLoginRow> findById(String accountKey);

        Optional<FailedLoginRow> findByAccountKeyForUpdate(String accountKey);

        @Query("INSERT INTO login_failures (account_key, failures) VALUES (:accountKey, 0) ON CONFLICT DO NOTHING")
        void insertIfAbsent(String accountKey);

        void update(FailedLoginRow row);

        void deleteById(String accountKey);
    }
}
