package com.jobwise.export.adapters.rest.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The authentication of a valid token: its name is the user id ({@code sub}); its only attributes are the
 * {@code tier} and {@code email} claims when present (the module's default copies every claim). A token whose
 * {@code typ} header is neither absent, {@code JWT} nor {@code at+jwt} gets none (401), as before the module.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class TokenAuthenticationFactory implements JwtAuthenticationFactory {
    /** {@code typ} values accepted besides none: {@code JWT} (RFC 7519) and {@code at+jwt} (RFC 9068). */
    private static final Set<JOSEObjectType> ACCEPTED_TYPES = Set.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"));

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JOSEObjectType type = token.getHeader().getType();
            if (type != null && !ACCEPTED_TYPES.contains(type)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = token.getJWTClaimsSet();
            if (claims.getSubject() == null) {
                return Optional.empty();
            }
            Map<String, Object> attributes = new HashMap<>();
            for (String name : new String[] {"tier", "email"}) {
                Object value = claims.getClaim(name);
                if (value != null) {
                    attributes.put(name, value);
                }
            }
            return Optional.of(Authentication.build(claims.getSubject(), attributes));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
