package com.jobwise.export.adapters.rest;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.jobwise.export.adapters.rest.security.BcryptPasswordHasher;
import com.jobwise.export.domain.account.IPasswordHasher;
import com.jobwise.export.domain.account.IPasswordHasherContract;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The password hasher contract on bcrypt, plus its format, cost and long-password handling. */
class BcryptPasswordHasherTest extends IPasswordHasherContract {

    @Override
    protected IPasswordHasher createHasher() {
        return new BcryptPasswordHasher();
    }

    @Test
    void hashesAreBcryptAtCost12() throws Exception {
        assertThat(hash).hasSize(60).startsWith("$2a$12$");
        BCrypt.HashData parsed = BCrypt.Version.VERSION_2A.parser.parse(hash.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.cost).isEqualTo(12);
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        String prefix = "Aa1" + "x".repeat(80); // beyond bcrypt's 72 bytes
        String stored = hasher.hash(prefix + "-one");

        assertThat(hasher.matches(prefix + "-one", stored)).isTrue();
        assertThat(hasher.matches(prefix + "-two", stored)).isFalse();
    }

    @Test
    void unicodePasswordsRoundTrip() {
        String password = "Zoë-Łódź-密码-9";
        assertThat(hasher.matches(password, hasher.hash(password))).isTrue();
        assertThat(hasher.matches("Zoe-Lodz-密码-9", hasher.hash(password))).isFalse();
    }

    @Test
    void hashesOfThe2bVariantVerify() {
        String passlibStyle = new String(BCrypt.with(BCrypt.Version.VERSION_2B)
                .hash(4, PASSWORD.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(passlibStyle).startsWith("$2b$04$");

        assertThat(hasher.matches(PASSWORD, passlibStyle)).isTrue();
        assertThat(hasher.matches("Wrong-Horse-7", passlibStyle)).isFalse();
    }
}
