package com.jobwise.export.adapters.rest.security;

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

/**
 * The authentication of a valid token: its name is the user id ({@code sub}); its only attributes are the
 * {@code tier} and {@code email} claims when present (the module's default copies every claim).
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class TokenAuthenticationFactory implements JwtAuthenticationFactory {

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
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
