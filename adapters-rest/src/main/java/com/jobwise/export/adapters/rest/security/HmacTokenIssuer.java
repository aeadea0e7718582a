package com.jobwise.export.adapters.rest.security;

import com.jobwise.export.domain.model.User;
import com.jobwise.export.domain.port.IAccessTokenIssuer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * Signs HS256 access tokens with {@code JWT_SECRET} ({@link IAccessTokenIssuer} of local mode): claims
 * {@code sub}, {@code email}, {@code tier}, {@code iat}, {@code exp}, plus {@code iss} and {@code aud} when
 * {@code export.security.issuer}/{@code audience} are set, header {@code typ: JWT}. Also signs the demo token
 * printed at start-up. Needs an HS256 secret: creating it in external JWKS mode fails.
 */
@Singleton
public class HmacTokenIssuer implements IAccessTokenIssuer {
    private final MACSigner signer;
    private final String issuer;
    private final String audience;

    public HmacTokenIssuer(JwtSettings settings) {
        try {
            this.signer = new MACSigner(settings.secretBytes());
        } catch (JOSEException e) {
            throw new IllegalStateException("JWT secret (JWT_SECRET) cannot sign HS256 tokens", e);
        }
        this.issuer = settings.getIssuer();
        this.audience = settings.getAudience();
    }

    @Override
    public String issue(User user, Instant issuedAt, Instant expiresAt) {
        return sign(builder(user.id().value(), user.tier().name().toLowerCase(Locale.ROOT), issuedAt, expiresAt)
                .claim("email", user.email().value()));
    }

    /**
     * A token for {@code userId} valid for {@code validity}, without {@code email} (the demo token; the user needs
     * no account).
     *
     * @param tier {@code free} or {@code pro}
     */
    public String issue(String userId, String tier, Duration validity) {
        Instant now = Instant.now();
        return sign(builder(userId, tier, now, now.plus(validity)));
    }

    private JWTClaimsSet.Builder builder(String subject, String tier, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("tier", tier)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt));
        if (issuer != null) {
            claims.issuer(issuer);
        }
        if (audience != null) {
            claims.audience(audience);
        }
        return claims;
    }

    private String sign(JWTClaimsSet.Builder claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return jwt.serialize();
    }
}
