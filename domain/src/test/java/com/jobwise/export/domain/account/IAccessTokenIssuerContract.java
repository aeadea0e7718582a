package com.jobwise.export.domain.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IAccessTokenIssuer} honours: the token it issues is accepted by the validator the
 * deployment configures, and carries {@code sub} (the user id), {@code email}, {@code tier}, {@code iat} and
 * {@code exp} as given; an expired or altered token is refused. Subclasses give the issuer and that validator.
 */
public abstract class IAccessTokenIssuerContract {
    protected IAccessTokenIssuer issuer;

    protected abstract IAccessTokenIssuer createIssuer();

    /**
     * The claims of {@code token} as the configured validator accepts it ({@code iat}/{@code exp} as epoch
     * seconds, {@code Number}), or empty when it refuses the token.
     */
    protected abstract Optional<Map<String, Object>> verifiedClaims(String token);

    @BeforeEach
    void setUpIssuer() {
        issuer = createIssuer();
    }

    @Test
    void anIssuedTokenIsAcceptedAndCarriesTheUserAndItsTimes() {
        User user = AccountTestData.newUser();
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(Duration.ofMinutes(15));

        Map<String, Object> claims = verifiedClaims(issuer.issue(user, issuedAt, expiresAt)).orElseThrow(
                () -> new AssertionError("the configured validator refused a freshly issued token"));

        assertThat(claims.get("sub")).isEqualTo(user.id().value());
        assertThat(claims.get("email")).isEqualTo(user.email().value());
        assertThat(claims.get("tier")).isEqualTo("free");
        assertThat(((Number) claims.get("iat")).longValue()).isEqualTo(issuedAt.getEpochSecond());
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(expiresAt.getEpochSecond());
    }

    @Test
    void tokensOfTwoUsersNameTheirOwnSubject() {
        User ada = AccountTestData.newUser();
        User bob = AccountTestData.newUser();
        Instant now = Instant.now();

        assertThat(verifiedClaims(issuer.issue(ada, now, now.plus(Duration.ofMinutes(5)))).orElseThrow().get("sub"))
                .isEqualTo(ada.id().value());
        assertThat(verifiedClaims(issuer.issue(bob, now, now.plus(Duration.ofMinutes(5)))).orElseThrow().get("sub"))
                .isEqualTo(bob.id().value());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant issuedAt = Instant.now().minus(Duration.ofHours(2));

        assertThat(verifiedClaims(issuer.issue(AccountTestData.newUser(), issuedAt, issuedAt.plus(Duration.ofHours(1)))))
                .isEmpty();
    }

    @Test
    void anAlteredTokenIsRefused() {
        Instant now = Instant.now();
        String token = issuer.issue(AccountTestData.newUser(), now, now.plus(Duration.ofMinutes(15)));
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThat(verifiedClaims(token)).isPresent();
        assertThat(verifiedClaims(altered)).isEmpty();
    }
}
