package com.jobwise.export.application.account;

import com.jobwise.export.domain.account.IRefreshTokenRepository;

import java.time.Clock;

/**
 * Ends a session: revokes every token of the presented refresh token's family, so neither it nor any token
 * rotated from it works again. Idempotent and silent: an unknown, expired or already revoked token changes
 * nothing and is no error (the caller learns nothing about tokens it does not hold). Access tokens already
 * issued stay valid until they expire (at most the access-token lifetime).
 */
public final class LogOut {
    private final IRefreshTokenRepository refreshTokens;
    private final Clock clock;

    public LogOut(IRefreshTokenRepository refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /** @param presentedToken the refresh token the client sent; {@code null} does nothing */
    public void execute(String presentedToken) {
        if (!SessionIssuer.plausible(presentedToken)) {
            return;
        }
        refreshTokens.findByHash(SessionIssuer.hash(presentedToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }
}
