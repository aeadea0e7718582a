package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.rest.metrics.ReadinessCheck;
import com.jobwise.export.bootstrap.operations.DatabaseReadinessCheck;
import com.jobwise.export.bootstrap.operations.JvmMetrics;
import com.jobwise.export.bootstrap.operations.StorageReadinessCheck;
import com.jobwise.export.domain.port.IObjectStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/**
 * Operations wiring: the Prometheus registry behind {@code /prometheus} (the REST adapter records export
 * durations, file sizes and errors into it; the JVM meters are bound here) and the readiness checks of
 * {@code /health/readiness}: the database ({@code SELECT 1}) and the object store (a listing of the bucket).
 */
@Factory
class OperationsFactory {

    @Singleton
    @Bean(preDestroy = "close")
    PrometheusMeterRegistry prometheusMeterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    /** Eager, so the JVM meters exist from the first scrape. */
    @Context
    @Bean(preDestroy = "close")
    JvmMetrics jvmMetrics(PrometheusMeterRegistry registry) {
        return JvmMetrics.bindTo(registry);
    }

    @Singleton
    @Named("database")
    ReadinessCheck databaseReadiness(DataSource dataSource) {
        // The pool itself: the DataSource bean is Micronaut Data's contextual wrapper (connections only in transactions).
        return new DatabaseReadinessCheck(DelegatingDataSource.unwrapDataSource(dataSource));
    }

    @Singleton
    @Named("storage")
    ReadinessCheck storageReadiness(IObjectStore objectStore) {
        return new StorageReadinessCheck(objectStore);
    }
}
