package com.jobwise.export.application.account;

import com.jobwise.export.domain.error.InvalidRefreshTokenException;
import com.jobwise.export.domain.account.RefreshToken;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import com.jobwise.export.domain.account.IRefreshTokenRepository;
import com.jobwise.export.domain.account.IUserRepository;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Exchanges a refresh token for a new access token and a new refresh token of the same family (rotation):
 * the presented token is marked used, atomically, so it works once.
 *
 * <p>Reuse detection: presenting a token that was already used (a copy kept by a thief, or a replay) revokes
 * every token of its family, so whoever holds the newest token of that family is logged out as well, and
 * answers {@link InvalidRefreshTokenException} (401). Unknown, expired and revoked tokens answer the same.
 */
public final class RefreshSession {
    private static final System.Logger LOG = System.getLogger(RefreshSession.class.getName());

    private final IRefreshTokenRepository refreshTokens;
    private final IUserRepository users;
    private final SessionIssuer sessions;
    private final Clock clock;

    public RefreshSession(IRefreshTokenRepository refreshTokens, IUserRepository users,
                          IAccessTokenIssuer accessTokens, Clock clock, TokenLifetimes lifetimes) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.clock = clock;
        this.sessions = new SessionIssuer(accessTokens, refreshTokens, clock, lifetimes);
    }

    /** @param presentedToken the refresh token the client sent */
    public Session execute(String presentedToken) {
        if (!SessionIssuer.plausible(presentedToken)) {
            throw new InvalidRefreshTokenException();
        }
        String hash = SessionIssuer.hash(presentedToken);
        RefreshToken token = refreshTokens.findByHash(hash).orElseThrow(InvalidRefreshTokenException::new);
        Instant now = clock.instant();
        if (token.isRevoked()) {
            throw new InvalidRefreshTokenException();
        }
        if (token.isUsed()) {
            throw reuseOf(token, now);
        }
        if (token.isExpiredAt(now)) {
            throw new InvalidRefreshTokenException();
        }
        if (!refreshTokens.markUsed(hash, now)) {
            throw reuseOf(token, now); // a concurrent call used (or revoked) it first
        }
        Optional<User> user = users.findById(token.userId());
        if (user.isEmpty()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            throw new InvalidRefreshTokenException();
        }
        Session rotated = sessions.issue(user.get(), token.familyId());
        if (refreshTokens.findByHash(hash).map(RefreshToken::isRevoked).orElse(true)) {
            // A concurrent reuse revoked the family while the new token was being saved: revoke it too.
            refreshTokens.revokeFamily(token.familyId(), clock.instant());
            throw new InvalidRefreshTokenException();
        }
        return rotated;
    }

    /** Revokes the family of a token presented after its use; the error to answer. */
    private InvalidRefreshTokenException reuseOf(RefreshToken token, Instant now) {
        int revoked = refreshTokens.revokeFamily(token.familyId(), now);
        LOG.log(Level.WARNING, "Refresh token reuse for user {0}: revoked {1} token(s) of its family",
                token.userId(), revoked);
        return new InvalidRefreshTokenException();
    }
}
