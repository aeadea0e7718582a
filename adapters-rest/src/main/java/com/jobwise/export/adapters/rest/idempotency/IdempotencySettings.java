package com.jobwise.export.adapters.rest.idempotency;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Idempotency-Key settings ({@code export.idempotency.*}): {@code retention}, how long a first response is
 * replayed (default 24 hours, the API's promise); {@code lease}, how long a running request holds its key
 * before a retry may take it over (default 2 minutes: far above the slowest batch); {@code required},
 * whether the creating POSTs refuse a request without the header (default {@code false}).
 */
@ConfigurationProperties("export.idempotency")
public class IdempotencySettings {
    private Duration retention = Duration.ofHours(24);
    private Duration lease = Duration.ofMinutes(2);
    private boolean required;

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
