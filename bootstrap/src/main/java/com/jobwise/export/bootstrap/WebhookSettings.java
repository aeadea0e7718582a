package com.jobwise.export.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code export.webhooks.*}: {@code allowed-hosts} may use http and internal addresses (comma-separated host
 * names, default none); a failed delivery is retried after {@code retry-delay} (30 s), doubling, up to
 * {@code max-retries} (8) times; {@code timeout} bounds connect and read (10 s, read by the sender).
 */
@ConfigurationProperties("export.webhooks")
public class WebhookSettings {
    private List<String> allowedHosts = new ArrayList<>();
    private Duration retryDelay = Duration.ofSeconds(30);
    private int maxRetries = 8;

    public List<String> getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts == null ? new ArrayList<>() : allowedHosts;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }
}
