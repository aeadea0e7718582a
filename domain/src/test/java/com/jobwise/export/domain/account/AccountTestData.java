package com.jobwise.export.domain.account;

import com.jobwise.export.domain.export.TestData;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** Test-data builders for accounts and refresh tokens. Every call uses fresh ids, emails and hashes. */
public final class AccountTestData {
    private AccountTestData() {
    }

    /** A fresh, valid, normalised email address. */
    public static EmailAddress newEmail() {
        return EmailAddress.of("user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com");
    }

    /** A new free-tier account with a fresh UUID id and email. */
    public static User newUser() {
        return new User(new UserId(UUID.randomUUID().toString()), newEmail(),
                "$2a$12$abcdefghijklmnopqrstuuVWXYZabcdefghijklmnopqrstuvwxyz01", "Ada Lovelace", Tier.FREE,
                TestData.now());
    }

    /** The lower-case hex SHA-256 of {@code text}. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh token hash. */
    public static String newTokenHash() {
        return sha256Hex(UUID.randomUUID().toString());
    }

    /** A new unused token of {@code user} in {@code familyId}, issued at {@code issuedAt}, valid 7 days. */
    public static RefreshToken newToken(UserId user, String familyId, Instant issuedAt) {
        return RefreshToken.issued(newTokenHash(), user, familyId, issuedAt, issuedAt.plus(Duration.ofDays(7)));
    }
}
