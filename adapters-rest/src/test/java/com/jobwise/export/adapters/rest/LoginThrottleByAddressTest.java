package com.jobwise.export.adapters.rest;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed-login throttling is keyed by the email and the client address together (here the address comes from
 * {@code X-Forwarded-For}, as behind a proxy): five wrong passwords from one address lock only that address's
 * attempts on that account; the owner, from another address, still logs in.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
@Property(name = "micronaut.server.client-address-header", value = "X-Forwarded-For")
class LoginThrottleByAddressTest {
    static final String PASSWORD = "Secr3t-Password";

    @Inject
    @Client("/")
    HttpClient http;

    int login(String email, String password, String address) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/login",
                    Map.of("email", email, "password", password)).header("X-Forwarded-For", address),
                    Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheOwnerOutElsewhere() {
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "full_name", "Owner")));
        for (int i = 0; i < 5; i++) {
            assertThat(login(email, "Wrong-Pass" + i, "203.0.113.7")).isEqualTo(401);
        }

        assertThat(login(email, PASSWORD, "203.0.113.7")).as("the attacker's address is locked").isEqualTo(429);
        assertThat(login(email, PASSWORD, "198.51.100.23")).as("the owner elsewhere logs in").isEqualTo(200);
        assertThat(login(email, PASSWORD, "203.0.113.7")).as("and stays locked for the attacker").isEqualTo(429);
    }
}
