package com.jobwise.export.application.template;

import com.jobwise.export.domain.error.ServiceBusyException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds rendering, the CPU-heavy step of an export or preview: at most {@code concurrency} renders run at once
 * (about one per core), at most {@code queue} more wait for a slot in arrival order, and a request that finds the
 * queue full, or waits longer than {@code maxWait}, is refused with {@link ServiceBusyException} (503 with
 * {@code Retry-After}). Under overload the admitted requests keep their latency and the others get a fast,
 * retryable answer, instead of every request slowing down together.
 *
 * <p>Background work (export-job items) {@link #await waits} for a slot however long it takes and is never
 * counted against the queue: a job is not refused, it just runs slower while requests are busy. Thread-safe.
 */
public final class RenderGate {
    /** No bound: every render runs at once (for tests and for callers that bound their own work). */
    public static final RenderGate UNBOUNDED = new RenderGate(Integer.MAX_VALUE / 2, 0, Duration.ofSeconds(1),
            Duration.ofSeconds(1));

    private final Semaphore slots;
    private final int concurrency;
    private final int queue;
    private final Duration maxWait;
    private final Duration retryAfter;
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * @param concurrency renders at once (at least 1; about the number of cores)
     * @param queue       requests that may wait for a slot beyond those (0: refuse as soon as every slot is taken)
     * @param maxWait     longest a queued request waits before it is refused (positive)
     * @param retryAfter  what a refused client is told to wait before retrying (positive)
     */
    public RenderGate(int concurrency, int queue, Duration maxWait, Duration retryAfter) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative");
        }
        if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive");
        }
        if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter must be positive");
        }
        this.concurrency = concurrency;
        this.queue = queue;
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
        this.slots = new Semaphore(concurrency, true);
    }

    /**
     * Runs {@code render} in a slot: at once when one is free, after a wait in the queue otherwise.
     *
     * @throws ServiceBusyException when the queue is full or the wait exceeds {@code maxWait}; {@code render} did
     *                              not run
     */
    public <T> T admit(Supplier<T> render) {
        if (!slots.tryAcquire()) {
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                throw new ServiceBusyException(retryAfter);
            }
            try {
                if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                    throw new ServiceBusyException(retryAfter);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceBusyException(retryAfter);
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return render.get();
        } finally {
            slots.release();
        }
    }

    /**
     * Runs {@code render} in a slot, waiting as long as it takes (background work; not counted in the queue).
     *
     * @throws ServiceBusyException only when the waiting thread is interrupted
     */
    public <T> T await(Supplier<T> render) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException(retryAfter);
        }
        try {
            return render.get();
        } finally {
            slots.release();
        }
    }

    /** Renders running now (0 to {@link #concurrency()}). */
    public int running() {
        return concurrency - slots.availablePermits();
    }

    /** Requests waiting in the queue now. */
    public int waiting() {
        return waiting.get();
    }

    /** Renders at once. */
    public int concurrency() {
        return concurrency;
    }

    /** Requests that may wait beyond {@link #concurrency()}. */
    public int queue() {
        return queue;
    }
}
