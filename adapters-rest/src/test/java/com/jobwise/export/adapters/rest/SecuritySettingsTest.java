package com.jobwise.export.adapters.rest;

import com.jobwise.export.adapters.rest.security.JwtSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.security.token.validator.TokenValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The startup checks of the token settings: short, well-known and missing secrets, modes, JWKS URLs. */
class SecuritySettingsTest {

    static JwtSettings settings(String mode, String secret, String jwksUrl) {
        JwtSettings settings = new JwtSettings();
        settings.setMode(mode);
        settings.setJwtSecret(secret);
        settings.setJwksUrl(jwksUrl);
        return settings;
    }

    @ParameterizedTest
    @ValueSource(strings = {"your-256-bit-secret", "changeme", "secret", "your-secret-key", "dev-secret-key",
            "<secure-random-key>", "a-string-secret-at-least-256-bits-long", " Your-Super-Secret-JWT-Token-With-At-Least-32-Characters-Long "})
    void wellKnownExampleSecretsAreRefusedSayingSo(String secret) {
        assertThatThrownBy(() -> settings("local", secret, null).validate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT secret (JWT_SECRET) is a well-known example value");
    }

    @Test
    void shortSecretsAreRefusedWithTheirLength() {
        String thirtyOne = "k9F2mQ7xW4pL8vR1tZ6bN3cH5jD0sY!";
        assertThat(thirtyOne).hasSize(31);
        assertThatThrownBy(() -> settings("local", thirtyOne, null).validate())
                .hasMessageContaining("is 31 bytes long; HS256 needs at least 32 bytes (256 bits)");
        assertThatCode(() -> settings("local", thirtyOne + "?", null).validate()).doesNotThrowAnyException();
    }

    @Test
    void lengthIsCountedInUtf8Bytes() {
        String sixteenChars = "ĀāĂăĄąĆćĈĉĊċČčĎď"; // 16 characters, 32 bytes
        assertThatCode(() -> settings("local", sixteenChars, null).validate()).doesNotThrowAnyException();
    }

    @Test
    void missingAndRepetitiveSecretsAreRefused() {
        assertThatThrownBy(() -> settings("local", null, null).validate()).hasMessageContaining("is not set");
        assertThatThrownBy(() -> settings("external", " ", null).validate()).hasMessageContaining("is not set");
        assertThatThrownBy(() -> settings("local", "ab".repeat(20), null).validate())
                .hasMessageContaining("fewer than 6 distinct characters");
    }

    @Test
    void modesAndJwksUrlsAreChecked() {
        String good = "a-random-secret-0123456789-ABCDEFGHIJ";
        assertThatThrownBy(() -> settings("remote", good, null).validate())
                .hasMessageContaining("must be 'local' (this service issues tokens) or 'external'");
        assertThatThrownBy(() -> settings("local", good, "https://auth.example.com/jwks.json").validate())
                .hasMessageContaining("the mode is local");
        assertThatThrownBy(() -> settings("external", null, "ftp://auth.example.com/jwks.json").validate())
                .hasMessageContaining("must be an https URL");
        assertThatCode(() -> settings("external", null, "https://auth.example.com/.well-known/jwks.json").validate())
                .as("JWKS mode needs no secret").doesNotThrowAnyException();
        assertThatThrownBy(() -> settings("EXTERNAL", good, null).validate())
                .as("the routes' conditions compare the raw value").hasMessageContaining("is 'EXTERNAL'");
        assertThatCode(() -> settings("external", good, null).validate()).doesNotThrowAnyException();
    }

    @Test
    void jwksAlgorithmsAreSignatureAlgorithmsOnly() {
        for (String algorithm : java.util.List.of("HS256", "none", "EdDSA")) {
            JwtSettings settings = settings("external", null, "https://auth.example.com/.well-known/jwks.json");
            settings.setJwksAlgorithms(java.util.List.of("RS256", algorithm));
            assertThatThrownBy(settings::validate).as(algorithm).hasMessageContaining("is not an RSA or EC signature");
        }
        JwtSettings settings = settings("external", null, "https://auth.example.com/.well-known/jwks.json");
        settings.setJwksAlgorithms(java.util.List.of());
        assertThatThrownBy(settings::validate).hasMessageContaining("at least one algorithm");
    }

    @Test
    void theApplicationDoesNotStartWithAWellKnownSecret() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("export.security.jwt-secret", "your-256-bit-secret")))
                .hasStackTraceContaining("JWT secret (JWT_SECRET) is a well-known example value");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("export.security.jwt-secret", "too-short")))
                .hasStackTraceContaining("JWT secret (JWT_SECRET) is 9 bytes long");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("export.security.mode", "external")))
                .hasStackTraceContaining("JWT secret (JWT_SECRET) is not set");
    }

    @Test
    void theApplicationStartsWithAGoodSecretOrAJwksUrl() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("export.security.jwt-secret", TestTokens.SECRET))) {
            assertThat(context.getBeansOfType(TokenValidator.class)).isNotEmpty();
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("export.security.mode", "external",
                "export.security.jwks-url", "https://auth.example.com/.well-known/jwks.json"))) {
            assertThat(context.getBeansOfType(TokenValidator.class)).isNotEmpty();
        }
    }
}
