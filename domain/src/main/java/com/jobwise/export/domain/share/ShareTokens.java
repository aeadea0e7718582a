package com.jobwise.export.domain.share;

import com.jobwise.export.domain.common.Digests;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

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

    /** HMAC-SHA256 (RFC 2104) of {@code message} under {@code key}, by the JDK's {@link Mac}. */
    public static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex (64 characters). */
    public static String hash(String text) {
        return Digests.sha256Hex(text);
    }
}
