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

    /**
     * HMAC-SHA256 (RFC 2104) of {@code message} under {@code key}, written on {@link MessageDigest} because the
     * core uses {@code java.*} only (ArchitectureRules); checked against {@code javax.crypto.Mac} in the tests.
     */
    public static byte[] hmacSha256(byte[] key, byte[] message) {
        final int block = 64;
        byte[] k = key.length > block ? sha256(key) : key;
        byte[] inner = new byte[block];
        byte[] outer = new byte[block];
        for (int i = 0; i < block; i++) {
            byte b = i < k.length ? k[i] : 0;
            inner[i] = (byte) (b ^ 0x36);
            outer[i] = (byte) (b ^ 0x5c);
        }
        MessageDigest digest = sha256Digest();
        digest.update(inner);
        digest.update(message);
        byte[] innerHash = digest.digest();
        digest.update(outer);
        digest.update(innerHash);
        return digest.digest();
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256Digest().digest(bytes);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex (64 characters). */
    public static String hash(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
