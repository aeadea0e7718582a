package com.jobwise.export.application.account;

import com.jobwise.export.domain.account.IRefreshTokenRepository;

import java.time.Clock;
import java.util.Objects;

/** Deletes refresh tokens whose lifetime is over (they are refused already; this bounds the table). */
public final class PurgeExpiredRefreshTokens {
    private final IRefreshTokenRepository refreshTokens;
    private final Clock clock;

    public PurgeExpiredRefreshTokens(IRefreshTokenRepository refreshTokens, Clock clock) {
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return how many tokens were deleted */
    public int execute() {
        return refreshTokens.deleteExpired(clock.instant());
    }
}
