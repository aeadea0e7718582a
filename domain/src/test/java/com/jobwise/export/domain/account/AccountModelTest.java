package com.jobwise.export.domain.account;

import com.jobwise.export.domain.error.InvalidAccountDetailsException;
import com.jobwise.export.domain.error.LoginThrottledException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Email addresses, the password policy, full names and the failed-login arithmetic. */
class AccountModelTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(EmailAddress.of("  Ada.Lovelace+cv@Example.CO.uk ").value()).isEqualTo("ada.lovelace+cv@example.co.uk");
        assertThat(EmailAddress.of("ADA@example.com")).isEqualTo(EmailAddress.of("ada@EXAMPLE.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada lovelace@example.com",
            "ada@example..com", "ada@-example.com", "ada@example.c", "<ada>@example.com", "ada@exa mple.com"})
    void malformedEmailsAreRefusedNamingTheField(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOfSatisfying(InvalidAccountDetailsException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.getMessage()).isEqualTo("email must be a valid email address");
                });
    }

    @Test
    void missingAndOverlongEmailsAreRefused() {
        assertThatThrownBy(() -> EmailAddress.of(null)).hasMessage("email is required");
        assertThatThrownBy(() -> EmailAddress.of("  ")).hasMessage("email is required");
        String longLocal = "a".repeat(65) + "@example.com";
        assertThatThrownBy(() -> EmailAddress.of(longLocal)).isInstanceOf(InvalidAccountDetailsException.class);
        String longDomain = "ada@" + ("b".repeat(60) + ".").repeat(5) + "com";
        assertThat(longDomain.length()).isGreaterThan(EmailAddress.MAX_LENGTH);
        assertThatThrownBy(() -> EmailAddress.of(longDomain)).isInstanceOf(InvalidAccountDetailsException.class);
    }

    @Test
    void theRecordRefusesAnUnnormalisedValue() {
        assertThatThrownBy(() -> new EmailAddress("Ada@example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abcdefg1", "Zoë-Łódź-2024", "PASSword9"})
    void strongPasswordsPass(String password) {
        assertThat(PasswordPolicy.check(password)).isEqualTo(password);
    }

    @Test
    void aPasswordOfExactlyTheMaximumLengthPasses() {
        String longest = "aB3" + "x".repeat(125);
        assertThat(PasswordPolicy.check(longest)).isEqualTo(longest);
    }

    @Test
    void eachPasswordRuleHasItsMessage() {
        assertThatThrownBy(() -> PasswordPolicy.check(null)).hasMessage("password is required");
        assertThatThrownBy(() -> PasswordPolicy.check("Abcde1f")).hasMessage("password must be at least 8 characters long");
        assertThatThrownBy(() -> PasswordPolicy.check("aB3" + "x".repeat(126)))
                .hasMessage("password must be at most 128 characters long");
        String rule = "password must contain an upper-case letter, a lower-case letter and a digit";
        assertThatThrownBy(() -> PasswordPolicy.check("abcdefg1")).hasMessage(rule);
        assertThatThrownBy(() -> PasswordPolicy.check("ABCDEFG1")).hasMessage(rule);
        assertThatThrownBy(() -> PasswordPolicy.check("Abcdefgh")).hasMessage(rule);
        assertThatThrownBy(() -> PasswordPolicy.check("Abcdefgh")).isInstanceOfSatisfying(
                InvalidAccountDetailsException.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void passwordLengthCountsCharactersNotBytes() {
        assertThatThrownBy(() -> PasswordPolicy.check("Ab1😀😀😀")).hasMessageContaining("at least 8");
        assertThat(PasswordPolicy.check("Ab1😀😀😀😀😀")).isNotNull();
    }

    @Test
    void fullNamesAreTrimmedRequiredAndBounded() {
        assertThat(User.checkFullName("  Ada Lovelace ")).isEqualTo("Ada Lovelace");
        assertThatThrownBy(() -> User.checkFullName(" ")).hasMessage("full_name is required");
        assertThatThrownBy(() -> User.checkFullName(null)).hasMessage("full_name is required");
        assertThatThrownBy(() -> User.checkFullName("x".repeat(201)))
                .hasMessage("full_name must be at most 200 characters long");
    }

    @Test
    void aUserNeverPrintsItsPasswordHash() {
        User user = new User(new UserId("u-1"), EmailAddress.of("a@example.com"), "$2a$12$secret-hash", "Ada",
                Tier.FREE, Instant.EPOCH);

        assertThat(user.toString()).contains("a@example.com").doesNotContain("secret-hash");
    }

    static final LoginThrottlePolicy POLICY = new LoginThrottlePolicy(3, Duration.ofMinutes(10), Duration.ofMinutes(15));
    static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void failuresCountUpWithinTheWindowAndTheLastOneLocks() {
        FailedLogins one = FailedLogins.NONE.afterFailure(T0, POLICY);
        FailedLogins two = one.afterFailure(T0.plusSeconds(60), POLICY);
        FailedLogins three = two.afterFailure(T0.plusSeconds(120), POLICY);

        assertThat(one).isEqualTo(new FailedLogins(1, T0, null));
        assertThat(two).isEqualTo(new FailedLogins(2, T0, null));
        assertThat(two.lockedFor(T0.plusSeconds(60))).isEmpty();
        assertThat(three.lockedFor(T0.plusSeconds(120))).contains(Duration.ofMinutes(15));
        assertThat(three.lockedFor(T0.plusSeconds(120 + 600))).contains(Duration.ofMinutes(5));
        assertThat(three.lockedFor(T0.plusSeconds(120 + 900))).isEmpty();
    }

    @Test
    void aFailureAfterTheWindowStartsANewOne() {
        FailedLogins two = FailedLogins.NONE.afterFailure(T0, POLICY).afterFailure(T0.plusSeconds(60), POLICY);

        FailedLogins late = two.afterFailure(T0.plus(Duration.ofMinutes(10)), POLICY);

        assertThat(late).isEqualTo(new FailedLogins(1, T0.plus(Duration.ofMinutes(10)), null));
    }

    @Test
    void afterALockoutCountingStartsAfresh() {
        FailedLogins locked = FailedLogins.NONE.afterFailure(T0, POLICY).afterFailure(T0, POLICY).afterFailure(T0, POLICY);
        Instant later = T0.plus(Duration.ofMinutes(16));

        FailedLogins next = locked.afterFailure(later, POLICY);

        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.lockedFor(later)).isEmpty();
    }

    @Test
    void throttleMessagesRoundSecondsUp() {
        assertThat(new LoginThrottledException(Duration.ofMillis(1500)).getMessage())
                .isEqualTo("Too many failed login attempts. Retry after 2 seconds");
        assertThat(new LoginThrottledException(Duration.ofMinutes(15)).getMessage()).endsWith("after 900 seconds");
    }

    @Test
    void refreshTokensKnowTheirState() {
        String hash = "a".repeat(64);
        RefreshToken token = RefreshToken.issued(hash, new UserId("u-1"), "f", T0, T0.plus(Duration.ofDays(7)));

        assertThat(token.isUsed()).isFalse();
        assertThat(token.isRevoked()).isFalse();
        assertThat(token.isExpiredAt(T0.plus(Duration.ofDays(7)))).isTrue();
        assertThat(token.isExpiredAt(T0.plus(Duration.ofDays(6)))).isFalse();
        assertThatThrownBy(() -> RefreshToken.issued("raw-token", new UserId("u-1"), "f", T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
