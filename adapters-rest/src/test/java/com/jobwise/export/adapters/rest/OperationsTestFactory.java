package com.jobwise.export.adapters.rest;

import com.jobwise.export.adapters.rest.metrics.ReadinessCheck;
import com.jobwise.export.domain.port.InMemoryIdempotencyStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The operational beans bootstrap provides in production, for the REST adapter's tests: an in-memory
 * idempotency store, a Prometheus registry and two readiness checks the tests can switch.
 */
@Factory
public class OperationsTestFactory {

    /** A readiness check whose outcome a test sets. */
    public static final class SwitchableCheck implements ReadinessCheck {
        private final String name;
        private volatile Exception failure;
        private volatile long delayMillis;

        SwitchableCheck(String name) {
            this.name = name;
        }

        /** Makes the check fail with {@code failure}, or pass again with {@code null}. */
        public void failWith(Exception failure) {
            this.failure = failure;
        }

        /** Makes the check take {@code millis} before answering. */
        public void delay(long millis) {
            this.delayMillis = millis;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void check() throws Exception {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    @Singleton
    @Bean(typed = {InMemoryIdempotencyStore.class, com.jobwise.export.domain.port.IIdempotencyStore.class})
    InMemoryIdempotencyStore idempotencyStore() {
        return new InMemoryIdempotencyStore();
    }

    @Singleton
    PrometheusMeterRegistry meterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Singleton
    @Named("database")
    SwitchableCheck databaseCheck() {
        return new SwitchableCheck("database");
    }

    @Singleton
    @Named("storage")
    SwitchableCheck storageCheck() {
        return new SwitchableCheck("storage");
    }
}
