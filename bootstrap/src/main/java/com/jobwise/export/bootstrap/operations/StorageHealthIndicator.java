package com.jobwise.export.bootstrap.operations;

import com.jobwise.export.adapters.rest.metrics.TimedHealthIndicator;
import com.jobwise.export.domain.export.IObjectStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Readiness of the object store for {@code /health} and {@code /health/readiness}: a listing under a prefix
 * nothing is stored at (on S3 one {@code ListObjectsV2} request, which, unlike a HEAD of a missing object,
 * fails when the bucket itself is missing or the credentials are refused), within {@code export.health.timeout}.
 * The database has micronaut-management's own JDBC indicator.
 */
@Singleton
@Requires(beans = {HealthEndpoint.class, IObjectStore.class})
public class StorageHealthIndicator extends TimedHealthIndicator {
    /** No object is ever stored under this prefix. */
    static final String PROBE_PREFIX = "health-check/";

    private final IObjectStore objectStore;

    public StorageHealthIndicator(IObjectStore objectStore, @Value("${export.health.timeout:2s}") Duration timeout) {
        super("storage", timeout);
        this.objectStore = objectStore;
    }

    @Override
    protected void check() {
        objectStore.list(PROBE_PREFIX);
    }
}
