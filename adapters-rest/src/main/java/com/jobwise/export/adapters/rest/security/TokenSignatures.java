package com.jobwise.export.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.exceptions.DisabledBeanException;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.token.jwt.signature.jwks.DefaultJwkValidator;
import io.micronaut.security.token.jwt.signature.jwks.JwkValidator;
import io.micronaut.security.token.jwt.signature.jwks.JwksClient;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfigurationProperties;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Feeds micronaut-security-jwt from {@link JwtSettings}, so {@code export.security.*} (and its environment
 * variables) stays the one place to configure tokens:
 * <ul>
 *   <li>with a secret (local mode, or external mode without JWKS): an HS256 signature named
 *       {@code generator}, which both verifies bearer tokens and signs local ones;</li>
 *   <li>with {@code jwks-url}: a {@link JwksSignatureConfiguration}, for which the module verifies RS256/ES256
 *       tokens with the issuer's keys (fetched and cached 60 s).</li>
 * </ul>
 * The module's verifiers accept every algorithm a key can check (HS384 and HS512 with a secret, PS* with RSA
 * keys); here only HS256 with a secret and {@code jwks-algorithms} (RS256, ES256) with a JWKS pass. Unsigned
 * tokens ({@code alg: none}) are refused by the module because a signature is configured.
 */
@Factory
class TokenSignatures {
    private static final Logger LOG = LoggerFactory.getLogger(TokenSignatures.class);
    /** Name of the HS256 signature: the module's token generator takes the one named {@code generator}. */
    static final String GENERATOR = "generator";

    /** The HS256 secret signature; no bean when tokens are verified with a JWKS. */
    @Singleton
    @Named(GENERATOR)
    SignatureGeneratorConfiguration hs256(JwtSettings settings) {
        if (!settings.usesSecret()) {
            throw new DisabledBeanException("tokens are verified with the JWKS of export.security.jwks-url");
        }
        return new Hs256Signature(settings.secretBytes());
    }

    /** The issuer's JWKS; no bean without {@code export.security.jwks-url}. */
    @Singleton
    @Named("export")
    JwksSignatureConfiguration jwks(JwtSettings settings) {
        if (settings.usesSecret()) {
            throw new DisabledBeanException("no export.security.jwks-url");
        }
        JwksSignatureConfigurationProperties configuration = new JwksSignatureConfigurationProperties("export");
        configuration.setUrl(settings.getJwksUrl());
        configuration.setKeyType(null); // RSA and EC keys alike
        return configuration;
    }

    /** Checks JWKS signatures of the allowed algorithms only ({@code export.security.jwks-algorithms}). */
    @Singleton
    @Replaces(DefaultJwkValidator.class)
    JwkValidator jwkValidator(JwtSettings settings) {
        Set<JWSAlgorithm> allowed = settings.jwksAlgorithms();
        return new DefaultJwkValidator() {
            @Override
            public boolean validate(SignedJWT jwt, JWK jwk) {
                return allowed.contains(jwt.getHeader().getAlgorithm()) && super.validate(jwt, jwk);
            }
        };
    }

    /**
     * Fetches the JWKS with Nimbus's retriever and timeouts (the module's fallback client has none, and its HTTP
     * client variant needs micronaut-http-client): 5 s to connect, 5 s to read, at most 1 MB.
     */
    @Singleton
    @Primary
    JwksClient jwksClient(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(5_000, 5_000, 1_048_576);
        return (provider, url) -> Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> {
            try {
                return retriever.retrieveResource(URI.create(url).toURL()).getContent();
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("the issuer's keys could not be fetched from {}: {}", url, e.toString());
                return null;
            }
        }, blocking));
    }

    /**
     * HS256 only, both ways (the module's {@code SecretSignature} would also verify HS384 and HS512); signed
     * tokens carry {@code typ: JWT}.
     */
    static final class Hs256Signature implements SignatureGeneratorConfiguration {
        private final MACSigner signer;
        private final MACVerifier verifier;

        Hs256Signature(byte[] secret) {
            try {
                this.signer = new MACSigner(secret);
                this.verifier = new MACVerifier(secret);
            } catch (JOSEException e) {
                throw new IllegalStateException("JWT secret (JWT_SECRET) cannot sign HS256 tokens", e);
            }
        }

        @Override
        public String supportedAlgorithmsMessage() {
            return "Only HS256 is accepted";
        }

        @Override
        public boolean supports(JWSAlgorithm algorithm) {
            return JWSAlgorithm.HS256.equals(algorithm);
        }

        @Override
        public boolean verify(SignedJWT jwt) throws JOSEException {
            return supports(jwt.getHeader().getAlgorithm()) && jwt.verify(verifier);
        }

        @Override
        public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    claims);
            jwt.sign(signer);
            return jwt;
        }
    }
}
