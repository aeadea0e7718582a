package com.jobwise.export.domain.share;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ShareTokensTest {

    @Test
    void tokensAre256RandomBitsInBase64Url() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = ShareTokens.newToken(random);
            assertThat(ShareTokens.isWellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        assertThat(ShareTokens.isWellFormed("../../etc/passwd")).isFalse();
        assertThat(ShareTokens.isWellFormed(null)).isFalse();
    }

    @Test
    void hashIsSha256Hex() {
        assertThat(ShareTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hmacIsRfc4231TestCase2() {
        assertThat(HexFormat.of().formatHex(ShareTokens.hmacSha256("Jefe".getBytes(StandardCharsets.UTF_8),
                "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void hmacMatchesTheJdksMacForShortAndLongKeys() throws Exception {
        for (String key : new String[]{"k", "$2a$12$" + "x".repeat(53), "y".repeat(200)}) {
            byte[] message = "share.1768045200".getBytes(StandardCharsets.UTF_8);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertThat(ShareTokens.hmacSha256(key.getBytes(StandardCharsets.UTF_8), message))
                    .isEqualTo(mac.doFinal(message));
        }
    }
}
