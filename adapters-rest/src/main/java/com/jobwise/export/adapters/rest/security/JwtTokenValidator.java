package com.jobwise.export.adapters.rest.security;

import com.jobwise.export.domain.model.UserId;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.spec.SecretKeySpec;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Validates bearer tokens per {@link JwtSettings}: HS256 with {@code JWT_SECRET} (local mode, or external mode
 * with a shared secret), or the issuer's public keys from {@code jwks-url} (external mode; RS256 and ES256 by
 * default, fetched with Nimbus's {@link JWKSourceBuilder}: cached, refreshed ahead, rate-limited, retried once).
 * {@code sub} and {@code exp} are required; {@code iss} must equal the configured issuer and {@code aud} contain
 * the configured audience when these are set; {@code exp}/{@code nbf} are checked with the configured clock skew
 * (60 s). Unsigned ({@code alg: none}) tokens, other algorithms, other keys, expired tokens and a {@code sub}
 * outside {@code [A-Za-z0-9_-]{1,64}} are refused, which the security filter answers with 401. The
 * authentication's name is the user id; its {@code tier} and {@code email} attributes come from the claims.
 *
 * <p>Created at startup ({@link Context}): invalid settings (see {@link JwtSettings#validate()}), such as a short
 * or well-known secret, stop the application with a message saying why.
 */
@Context
public class JwtTokenValidator implements TokenValidator<HttpRequest<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(JwtTokenValidator.class);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtTokenValidator(JwtSettings settings) {
        settings.validate();
        processor.setJWSKeySelector(keySelector(settings));
        // "JWT" or none per RFC 7519, "at+jwt" per RFC 9068 (access tokens of OAuth servers).
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        Set<String> required = new LinkedHashSet<>(Set.of("sub", "exp"));
        JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder();
        if (settings.getIssuer() != null) {
            required.add("iss");
            exact.issuer(settings.getIssuer());
        }
        Set<String> audience = null;
        if (settings.getAudience() != null) {
            required.add("aud");
            audience = new HashSet<>(Set.of(settings.getAudience())); // mutable: Nimbus asks contains(null)
        }
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(audience, exact.build(), required, null);
        claims.setMaxClockSkew((int) settings.getClockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        if (!settings.isLocal() && (settings.getIssuer() == null || settings.getAudience() == null)) {
            LOG.warn("External token issuer without {}{}: tokens minted for other services will be accepted; set "
                    + "export.security.issuer (JWT_ISSUER) and export.security.audience (JWT_AUDIENCE)",
                    settings.getIssuer() == null ? "an issuer" : "", settings.getAudience() == null
                            ? (settings.getIssuer() == null ? " and " : "") + "an audience" : "");
        }
    }

    private static JWSKeySelector<SecurityContext> keySelector(JwtSettings settings) {
        if (settings.usesSecret()) {
            return new SingleKeyJWSKeySelector<>(JWSAlgorithm.HS256,
                    new SecretKeySpec(settings.secretBytes(), "HmacSHA256"));
        }
        Set<JWSAlgorithm> algorithms = new HashSet<>();
        for (String name : settings.getJwksAlgorithms()) {
            JWSAlgorithm algorithm = JWSAlgorithm.parse(name.strip());
            if (!JWSAlgorithm.Family.RSA.contains(algorithm) && !JWSAlgorithm.Family.EC.contains(algorithm)
                    && !JWSAlgorithm.Family.ED.contains(algorithm)) {
                throw new IllegalStateException("export.security.jwks-algorithms: " + name
                        + " is not an RSA, EC or EdDSA signature algorithm");
            }
            algorithms.add(algorithm);
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(URI.create(settings.getJwksUrl()).toURL())
                    .retrying(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("export.security.jwks-url (JWT_JWKS_URL) is not a valid URL", e);
        }
        return new JWSVerificationKeySelector<>(algorithms, keys);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String subject = claims.getSubject();
            if (!UserId.isValid(subject)) {
                LOG.debug("token refused: subject is not a valid user id");
                return Publishers.empty();
            }
            Map<String, Object> attributes = new HashMap<>();
            Object tier = claims.getClaim("tier");
            if (tier != null) {
                attributes.put("tier", tier);
            }
            Object email = claims.getClaim("email");
            if (email != null) {
                attributes.put("email", email);
            }
            return Publishers.just(Authentication.build(subject, attributes));
        } catch (RateLimitReachedException e) {
            LOG.debug("token refused: unknown key id, and the JWKS was refreshed too recently to look again");
            return Publishers.empty();
        } catch (KeySourceException e) {
            LOG.warn("token refused: the issuer's keys could not be fetched: {}", e.getMessage());
            return Publishers.empty();
        } catch (Exception e) {
            LOG.debug("token refused: {}", e.getMessage());
            return Publishers.empty();
        }
    }
}
