package com.jobwise.export.domain.job;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The {@code X-Export-Signature} header: {@code sha256=} followed by the lower-case hex HMAC-SHA256 of the exact
 * body bytes, keyed with the user's webhook secret (its UTF-8 bytes). A receiver recomputes it over the raw body
 * and compares in constant time.
 */
public final class WebhookSignature {
    /** The header name. */
    public static final String HEADER = "X-Export-Signature";

    private WebhookSignature() {
    }

    /** {@code sha256=<hex>} of {@code body} under {@code secret}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A new secret: {@code whsec_} and 32 random bytes as hex. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
