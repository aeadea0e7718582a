package com.jobwise.export.adapters.rest.metrics;

/**
 * One dependency the service needs to serve traffic (the database, the object store), checked by
 * {@code GET /health/readiness}. Implementations live where the dependency is wired (bootstrap).
 */
public interface ReadinessCheck {

    /** The component's name in the health answer, e.g. {@code database}. */
    String name();

    /** Returns when the dependency answers; throws when it does not. Must not block much longer than a second. */
    void check() throws Exception;
}
