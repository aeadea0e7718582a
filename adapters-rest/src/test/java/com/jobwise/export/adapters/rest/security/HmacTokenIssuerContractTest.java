package com.jobwise.export.adapters.rest.security;

import com.jobwise.export.adapters.rest.TestTokens;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import com.jobwise.export.domain.account.IAccessTokenIssuerContract;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.ApplicationContext;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token issuer contract on {@link HmacTokenIssuer}, each token checked by the {@link JsonWebTokenValidator}
 * the module configures (HS256 signature, {@link TokenClaimsValidator}: exp, iss, aud, sub) in local mode with
 * an issuer and an audience.
 */
class HmacTokenIssuerContractTest extends IAccessTokenIssuerContract {
    private static final String ISSUER = "https://export.jobwise.test";
    private static final String AUDIENCE = "jobwise-export";
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of("export.security.jwt-secret", TestTokens.SECRET,
                "export.security.issuer", ISSUER, "export.security.audience", AUDIENCE));
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Override
    protected IAccessTokenIssuer createIssuer() {
        return context.getBean(HmacTokenIssuer.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Optional<Map<String, Object>> verifiedClaims(String token) {
        Optional<JWT> jwt = context.getBean(JsonWebTokenValidator.class).validate(token, null);
        return jwt.map(valid -> {
            try {
                JWTClaimsSet claims = valid.getJWTClaimsSet();
                Map<String, Object> map = new LinkedHashMap<>(claims.getClaims());
                map.put("iat", claims.getIssueTime().toInstant().getEpochSecond());
                map.put("exp", claims.getExpirationTime().toInstant().getEpochSecond());
                return map;
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void issuedTokensNameTheConfiguredIssuerAndAudienceAndATokenOfTheTestHelperIsAcceptedToo() throws ParseException {
        var now = java.time.Instant.now();
        String token = issuer.issue(com.jobwise.export.domain.account.AccountTestData.newUser(), now,
                now.plusSeconds(600));

        Map<String, Object> claims = verifiedClaims(token).orElseThrow();
        assertThat(claims.get("iss")).isEqualTo(ISSUER);
        assertThat(claims.get("aud")).asString().contains(AUDIENCE);
        String helperToken = TestTokens.hs256(TestTokens.SECRET,
                TestTokens.claims("u-helper-1", ISSUER, AUDIENCE).build());
        assertThat(verifiedClaims(helperToken)).as("the shared test helper mints what the validator accepts")
                .hasValueSatisfying(c -> assertThat(c.get("sub")).isEqualTo("u-helper-1"));
        assertThat(verifiedClaims(TestTokens.hs256("another-secret-0123456789-abcdefghijkl",
                TestTokens.claims("u-helper-1", ISSUER, AUDIENCE).build()))).isEmpty();
    }
}
