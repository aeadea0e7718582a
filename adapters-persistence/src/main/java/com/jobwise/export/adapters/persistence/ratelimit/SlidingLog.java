package com.jobwise.export.adapters.persistence.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;

/**
 * A sliding log: the instants (epoch milliseconds, ascending) of the calls a budget allowed within its window.
 * A call at {@code now} is allowed when fewer than {@code capacity} instants lie in {@code (now - window, now]},
 * so ANY window of that length admits at most {@code capacity} calls (a token bucket refilling gradually admits
 * nearly twice as many over an unlucky hour). Immutable; {@link #bytes()} is its stored form (8 bytes per instant,
 * big-endian), at most {@code capacity * 8} bytes.
 */
record SlidingLog(long[] instants) {

    /** The log read from its stored form; an unreadable one (a Bucket4j state of an older release) is empty. */
    static SlidingLog of(byte[] stored) {
        if (stored == null || stored.length % Long.BYTES != 0) {
            return new SlidingLog(new long[0]);
        }
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        long[] instants = new long[stored.length / Long.BYTES];
        for (int i = 0; i < instants.length; i++) {
            instants[i] = buffer.getLong();
        }
        return new SlidingLog(instants);
    }

    /** The stored form. */
    byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(instants.length * Long.BYTES);
        for (long instant : instants) {
            buffer.putLong(instant);
        }
        return buffer.array();
    }

    /** The log without the instants that have left the window ending at {@code now}. */
    SlidingLog at(long now, RateLimit limit) {
        long from = now - limit.window().toMillis();
        return new SlidingLog(Arrays.stream(instants).filter(t -> t > from && t <= now).sorted().toArray());
    }

    /** The outcome of one call at {@code now} on this (current) log, and the log after it. */
    Outcome consume(long now, RateLimit limit) {
        SlidingLog current = at(now, limit);
        long window = limit.window().toMillis();
        if (current.instants.length >= limit.capacity()) {
            long back = current.instants[current.instants.length - (int) limit.capacity()] + window - now;
            return new Outcome(new RateLimitDecision(false, limit.capacity(), 0, Duration.ofMillis(Math.max(1, back))),
                    current);
        }
        long[] next = Arrays.copyOf(current.instants, current.instants.length + 1);
        next[next.length - 1] = now;
        return new Outcome(new RateLimitDecision(true, limit.capacity(), limit.capacity() - next.length,
                Duration.ofMillis(window)), new SlidingLog(next));
    }

    /** The log without its newest instant (a refunded call). */
    SlidingLog withoutNewest() {
        return instants.length == 0 ? this : new SlidingLog(Arrays.copyOf(instants, instants.length - 1));
    }

    /** The epoch millisecond after which this log holds nothing within {@code limit}'s window. */
    long expiresAt(RateLimit limit) {
        return instants.length == 0 ? 0 : instants[instants.length - 1] + limit.window().toMillis();
    }

    /** A decision and the log to keep. */
    record Outcome(RateLimitDecision decision, SlidingLog log) {
    }
}
