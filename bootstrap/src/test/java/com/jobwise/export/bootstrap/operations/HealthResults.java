package com.jobwise.export.bootstrap.operations;

import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.concurrent.CompletableFuture;

/** Reads a health indicator's result in tests (its publisher's first item). */
public final class HealthResults {
    private HealthResults() {
    }

    /** The first result {@code indicator} publishes, waiting for it; null when it publishes none. */
    public static HealthResult first(HealthIndicator indicator) {
        CompletableFuture<HealthResult> first = new CompletableFuture<>();
        indicator.getResult().subscribe(new Subscriber<HealthResult>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult result) {
                first.complete(result);
            }

            @Override
            public void onError(Throwable error) {
                first.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                first.complete(null);
            }
        });
        return first.join();
    }
}
