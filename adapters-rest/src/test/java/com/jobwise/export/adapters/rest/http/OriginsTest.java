package com.jobwise.export.adapters.rest.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OriginsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://app.example.com              | https://app.example.com",
            "HTTPS://App.Example.COM              | https://app.example.com",
            "https://app.example.com:443          | https://app.example.com",
            "http://app.example.com:80/           | http://app.example.com",
            "https://app.example.com.             | https://app.example.com",
            "http://localhost:3000/               | http://localhost:3000",
            "https://bücher.example               | https://xn--bcher-kva.example",
            "https://BÜCHER.example:8443          | https://xn--bcher-kva.example:8443",
            "http://[::1]:8080                    | http://[::1]:8080"})
    void originsHaveOneCanonicalForm(String origin, String canonical) {
        assertThat(Origins.canonical(origin)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "", "app.example.com", "https://", "https://user@app.example.com",
            "https://app.example.com/path", "https://app.example.com:99999", "https://app.example.com?x",
            "javascript:alert(1)"})
    void whatIsNotAnOriginHasNoCanonicalForm(String origin) {
        assertThat(Origins.canonical(origin)).isEmpty();
    }

    @Test
    void theAllowListMatchesEveryWritingOfAnOrigin() {
        CorsSettings settings = new CorsSettings();
        settings.setAllowedOrigins(List.of("https://App.Example.com:443/, https://bücher.example"));
        assertThat(settings.allows("https://app.example.com")).isTrue();
        assertThat(settings.allows("https://APP.example.com.")).isTrue();
        assertThat(settings.allows("https://xn--bcher-kva.example")).isTrue();
        assertThat(settings.allows("https://app.example.com:8443")).isFalse();
        assertThat(settings.allows("https://app.example.com.evil.test")).isFalse();
        assertThat(settings.allows(null)).isFalse();
    }
}
