package com.jobwise.export.domain.job;

import com.jobwise.export.domain.error.InvalidOptionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookUrlPolicyTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves names from a fixed table, like a DNS server an attacker controls. */
    private static WebhookUrlPolicy policy(Set<String> allowed, Map<String, String> dns) {
        return new WebhookUrlPolicy(allowed, host -> {
            String address = dns.get(host);
            if (address == null) {
                throw new IllegalArgumentException("unknown host");
            }
            return List.of(ip(address));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
            "169.254.1.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "::1", "fe80::1", "fc00::1", "fd12:3456::1",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "224.0.0.1", "255.255.255.255"})
    void internalAddressesAreRefused(String address) {
        WebhookUrlPolicy policy = policy(Set.of(), Map.of("hooks.example.com", address));

        assertThat(WebhookUrlPolicy.isInternal(ip(address))).isTrue();
        assertThatThrownBy(() -> policy.check("https://hooks.example.com/x"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("webhook_url must not point to a loopback, private, link-local or metadata address")
                .hasMessageNotContaining(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:4700::1111"})
    void publicAddressesPass(String address) {
        WebhookUrlPolicy.Target target = policy(Set.of(), Map.of("hooks.example.com", address))
                .check("https://hooks.example.com/x?y=1");

        assertThat(target.addresses()).containsExactly(ip(address));
        assertThat(target.url().toString()).isEqualTo("https://hooks.example.com/x?y=1");
    }

    @Test
    void httpAndInternalAddressesOnlyForAllowListedHosts() {
        WebhookUrlPolicy policy = policy(Set.of("LocalHost"), Map.of("localhost", "127.0.0.1",
                "hooks.example.com", "93.184.216.34"));

        assertThat(policy.check("http://localhost:8080/hook").addresses()).containsExactly(ip("127.0.0.1"));
        assertThatThrownBy(() -> policy.check("http://hooks.example.com/hook"))
                .hasMessage("webhook_url must use https");
        assertThatThrownBy(() -> policy.check("ftp://localhost/hook")).hasMessage("webhook_url must use https");
    }

    @Test
    void malformedAndUnresolvableUrlsAreRefusedWithAFieldMessage() {
        WebhookUrlPolicy policy = policy(Set.of(), Map.of("hooks.example.com", "93.184.216.34"));

        for (String url : List.of("", "hooks.example.com/x", "https://user:pw@hooks.example.com/x", "https:///x",
                "https://hooks.example.com/x#frag", "not a url")) {
            assertThatThrownBy(() -> policy.check(url)).as(url).isInstanceOf(InvalidOptionException.class)
                    .extracting(e -> ((InvalidOptionException) e).field()).isEqualTo("webhook_url");
        }
        assertThatThrownBy(() -> policy.check("https://nowhere.invalid/x"))
                .hasMessage("webhook_url host does not resolve");
    }

    @Test
    void aHostThatResolvesToOnePublicAndOneInternalAddressIsRefused() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(Set.of(),
                host -> List.of(ip("93.184.216.34"), ip("10.0.0.5")));

        assertThatThrownBy(() -> policy.check("https://hooks.example.com/x"))
                .isInstanceOf(InvalidOptionException.class);
    }

    @Test
    void signatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes()))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
