package com.jobwise.export.application.account;

import com.jobwise.export.domain.common.Digests;
import com.jobwise.export.domain.account.RefreshToken;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import com.jobwise.export.domain.account.IRefreshTokenRepository;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues the token pair of a {@link Session}: the access token through {@link IAccessTokenIssuer}, the
 * refresh token as {@value #TOKEN_BYTES} random bytes from {@link SecureRandom}, base64url (43 characters),
 * stored as its SHA-256 hex in the token's family. Shared by the use cases of this package.
 */
final class SessionIssuer {
    static final int TOKEN_BYTES = 32;
    /** Longest presented refresh token worth hashing; ours are 43 characters. */
    private static final int MAX_PRESENTED_LENGTH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IAccessTokenIssuer accessTokens;
    private final IRefreshTokenRepository refreshTokens;
    private final Clock clock;
    private final TokenLifetimes lifetimes;

    SessionIssuer(IAccessTokenIssuer accessTokens, IRefreshTokenRepository refreshTokens, Clock clock,
                  TokenLifetimes lifetimes) {
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetimes = Objects.requireNonNull(lifetimes, "lifetimes");
    }

    /** A session in a new refresh-token family (registration, login). */
    Session start(User user) {
        return issue(user, UUID.randomUUID().toString());
    }

    /** A session whose refresh token continues {@code familyId} (rotation). */
    Session issue(User user, String familyId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant accessExpiry = now.plus(lifetimes.access());
        Instant refreshExpiry = now.plus(lifetimes.refresh());
        String access = accessTokens.issue(user, now, accessExpiry);
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        refreshTokens.save(RefreshToken.issued(hash(refresh), user.id(), familyId, now, refreshExpiry));
        return new Session(user, now, access, accessExpiry, refresh, refreshExpiry);
    }

    /** Whether {@code presented} could be a refresh token at all (present, short, printable ASCII). */
    static boolean plausible(String presented) {
        return presented != null && !presented.isEmpty() && presented.length() <= MAX_PRESENTED_LENGTH
                && presented.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** Lower-case hex SHA-256 of {@code text} (UTF-8). */
    static String hash(String text) {
        return Digests.sha256Hex(text);
    }
}
