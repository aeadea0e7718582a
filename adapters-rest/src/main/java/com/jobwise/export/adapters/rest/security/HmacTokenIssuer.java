package com.jobwise.export.adapters.rest.security;

import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Signs HS256 access tokens with {@code JWT_SECRET} through the module's {@link JwtTokenGenerator}
 * ({@link IAccessTokenIssuer} of local mode): claims {@code sub}, {@code email}, {@code tier}, {@code iat},
 * {@code exp}, plus {@code iss} and {@code aud} when {@code export.security.issuer}/{@code audience} are set,
 * header {@code typ: JWT}. Also signs the demo token printed at start-up. Needs an HS256 secret: creating it in
 * external JWKS mode fails.
 */
@Singleton
public class HmacTokenIssuer implements IAccessTokenIssuer {
    private final JwtTokenGenerator generator;
    private final String issuer;
    private final String audience;

    /** Fails without the HS256 signature (JWKS mode), rather than let the generator issue unsigned tokens. */
    public HmacTokenIssuer(JwtTokenGenerator generator, JwtSettings settings) {
        if (generator.getSignatureConfiguration() == null) {
            throw new IllegalStateException("no HS256 secret (JWT_SECRET) to sign tokens with");
        }
        this.generator = generator;
        this.issuer = settings.getIssuer();
        this.audience = settings.getAudience();
    }

    @Override
    public String issue(User user, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = claims(user.id().value(), user.tier().name().toLowerCase(Locale.ROOT),
                issuedAt, expiresAt);
        claims.put("email", user.email().value());
        return sign(claims);
    }

    /**
     * A token for {@code userId} valid for {@code validity}, without {@code email} (the demo token; the user needs
     * no account).
     *
     * @param tier {@code free} or {@code pro}
     */
    public String issue(String userId, String tier, Duration validity) {
        Instant now = Instant.now();
        return sign(claims(userId, tier, now, now.plus(validity)));
    }

    private Map<String, Object> claims(String subject, String tier, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("tier", tier);
        claims.put("iat", Date.from(issuedAt));
        claims.put("exp", Date.from(expiresAt));
        if (issuer != null) {
            claims.put("iss", issuer);
        }
        if (audience != null) {
            claims.put("aud", audience);
        }
        return claims;
    }

    private String sign(Map<String, Object> claims) {
        return generator.generateToken(claims).orElseThrow(() -> new IllegalStateException("cannot sign token"));
    }
}
