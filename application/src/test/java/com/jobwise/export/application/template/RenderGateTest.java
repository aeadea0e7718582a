package com.jobwise.export.application.template;

import com.jobwise.export.domain.error.ServiceBusyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate's slots, queue and refusals, driven by latches (no timing assumptions beyond generous waits). */
class RenderGateTest {
    final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Starts a render that holds its slot until {@code release} opens; returns once it runs. */
    Future<String> holdSlot(RenderGate gate, CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Future<String> held = threads.submit(() -> gate.admit(() -> {
            running.countDown();
            await(release);
            return "held";
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    @Test
    void aFullQueueIsRefusedAtOnceAndTheQueuedRequestRunsWhenASlotFrees() throws Exception {
        RenderGate gate = new RenderGate(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(3));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> held = holdSlot(gate, release);
        Future<String> queued = threads.submit(() -> gate.admit(() -> "queued"));
        waitUntil(() -> gate.waiting() == 1);

        assertThatThrownBy(() -> gate.admit(() -> "refused")).isInstanceOf(ServiceBusyException.class)
                .satisfies(e -> assertThat(((ServiceBusyException) e).retryAfter()).isEqualTo(Duration.ofSeconds(3)));
        assertThat(queued.isDone()).isFalse();

        release.countDown();
        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo("held");
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
        assertThat(gate.running()).isZero();
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aQueuedRequestIsRefusedWhenItsWaitRunsOut() throws Exception {
        RenderGate gate = new RenderGate(1, 5, Duration.ofMillis(50), Duration.ofSeconds(1));
        CountDownLatch release = new CountDownLatch(1);
        holdSlot(gate, release);

        assertThatThrownBy(() -> gate.admit(() -> "late")).isInstanceOf(ServiceBusyException.class);
        assertThat(gate.waiting()).isZero();
        release.countDown();
    }

    @Test
    void withoutAQueueEveryRequestBeyondTheSlotsIsRefused() throws Exception {
        RenderGate gate = new RenderGate(2, 0, Duration.ofSeconds(30), Duration.ofSeconds(1));
        CountDownLatch release = new CountDownLatch(1);
        holdSlot(gate, release);
        holdSlot(gate, release);

        assertThat(gate.running()).isEqualTo(2);
        assertThatThrownBy(() -> gate.admit(() -> "third")).isInstanceOf(ServiceBusyException.class);
        release.countDown();
    }

    @Test
    void backgroundWorkWaitsBeyondAFullQueueAndIsNotRefused() throws Exception {
        RenderGate gate = new RenderGate(1, 0, Duration.ofMillis(10), Duration.ofSeconds(1));
        CountDownLatch release = new CountDownLatch(1);
        holdSlot(gate, release);
        CompletableFuture<String> background = CompletableFuture.supplyAsync(() -> gate.await(() -> "job item"), threads);

        assertThatThrownBy(() -> gate.admit(() -> "request")).isInstanceOf(ServiceBusyException.class);
        assertThat(background.isDone()).isFalse();
        release.countDown();
        assertThat(background.get(10, TimeUnit.SECONDS)).isEqualTo("job item");
    }

    @Test
    void aFailingRenderGivesItsSlotBack() {
        RenderGate gate = new RenderGate(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThatThrownBy(() -> gate.admit(() -> {
            throw new IllegalStateException("layout failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(gate.admit(() -> "next")).isEqualTo("next");
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new RenderGate(0, 1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderGate(1, -1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderGate(1, 1, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
