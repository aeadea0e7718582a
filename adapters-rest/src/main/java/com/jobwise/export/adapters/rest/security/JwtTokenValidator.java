package com.jobwise.export.adapters.rest.security;

import com.jobwise.export.domain.model.UserId;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.spec.SecretKeySpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Validates bearer tokens: HS256 signed with {@code JWT_SECRET}, {@code exp} and {@code sub} required,
 * {@code exp}/{@code nbf} checked with 60 s clock skew. Unsigned ({@code alg: none}) tokens, other
 * algorithms, other keys, expired tokens and a {@code sub} outside {@code [A-Za-z0-9_-]{1,64}} are
 * refused, which the security filter answers with 401. The authentication's name is the user id;
 * its {@code tier} attribute comes from the {@code tier} claim.
 */
@Singleton
public class JwtTokenValidator implements TokenValidator<HttpRequest<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(JwtTokenValidator.class);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtTokenValidator(JwtSettings settings) {
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.HS256,
                new SecretKeySpec(settings.secretBytes(), "HmacSHA256")));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null, Set.of("sub", "exp")));
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
        } catch (Exception e) {
            LOG.debug("token refused: {}", e.getMessage());
            return Publishers.empty();
        }
    }
}
