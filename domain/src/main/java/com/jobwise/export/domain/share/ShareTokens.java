package com.jobwise.export.domain.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Share link secrets: 256 random bits, unpadded base64url (43 characters), stored only as SHA-256 hex. */
public final class ShareTokens {
    /** Random bytes per token (256 bits; the brief asks for at least 128). */
    public static final int TOKEN_BYTES = 32;
    /** Length of a token as text. */
    public static final int TOKEN_LENGTH = 43;

    private ShareTokens() {
    }

    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} has the shape of a token (so junk never reaches the database). */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == TOKEN_LENGTH && text.chars().allMatch(c ->
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex (64 characters). */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
