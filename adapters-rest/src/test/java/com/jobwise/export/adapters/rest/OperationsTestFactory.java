package com.jobwise.export.adapters.rest;

import com.jobwise.export.adapters.rest.idempotency.IdempotencySettings;
import com.jobwise.export.application.idempotency.FinishIdempotentRequest;
import com.jobwise.export.application.idempotency.ReserveIdempotencyKey;
import java.time.Clock;
import com.jobwise.export.adapters.rest.metrics.TimedHealthIndicator;
import com.jobwise.export.domain.idempotency.InMemoryIdempotencyStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The operational beans bootstrap provides in production, for the REST adapter's tests: an in-memory
 * idempotency store and two health indicators (database, storage) the tests can switch. The Prometheus
 * registry comes from micronaut-micrometer, as in production.
 */
@Factory
public class OperationsTestFactory {

    /** A readiness indicator whose outcome a test sets. */
    public static final class SwitchableCheck extends TimedHealthIndicator {
        private volatile Exception failure;
        private volatile long delayMillis;

        SwitchableCheck(String name, Duration timeout) {
            super(name, timeout);
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
        protected void check() throws Exception {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    @Singleton
    @Bean(typed = {InMemoryIdempotencyStore.class, com.jobwise.export.domain.idempotency.IIdempotencyStore.class})
    InMemoryIdempotencyStore idempotencyStore() {
        return new InMemoryIdempotencyStore();
    }

    @Singleton
    ReserveIdempotencyKey reserveIdempotencyKey(InMemoryIdempotencyStore store, IdempotencySettings settings) {
        return new ReserveIdempotencyKey(store, Clock.systemUTC(), settings.getRetention(), settings.getLease());
    }

    @Singleton
    FinishIdempotentRequest finishIdempotentRequest(InMemoryIdempotencyStore store) {
        return new FinishIdempotentRequest(store);
    }

    @Singleton
    @Named("database")
    SwitchableCheck databaseCheck(@Value("${export.health.timeout:2s}") Duration timeout) {
        return new SwitchableCheck("database", timeout);
    }

    @Singleton
    @Named("storage")
    SwitchableCheck storageCheck(@Value("${export.health.timeout:2s}") Duration timeout) {
        return new SwitchableCheck("storage", timeout);
    }
}
