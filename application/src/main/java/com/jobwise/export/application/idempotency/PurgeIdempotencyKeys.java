package com.jobwise.export.application.idempotency;

import com.jobwise.export.domain.idempotency.IIdempotencyStore;

import java.time.Clock;
import java.util.Objects;

/** Deletes the {@code Idempotency-Key} records whose retention is over; the store ignores them already. */
public final class PurgeIdempotencyKeys {
    private final IIdempotencyStore store;
    private final Clock clock;

    public PurgeIdempotencyKeys(IIdempotencyStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return how many records were deleted */
    public int execute() {
        return store.purgeExpired(clock.instant());
    }
}
