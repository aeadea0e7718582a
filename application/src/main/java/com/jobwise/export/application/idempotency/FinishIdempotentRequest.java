package com.jobwise.export.application.idempotency;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.idempotency.IIdempotencyStore;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.RecordedOutcome;

import java.util.Objects;

/**
 * Ends a reservation taken by {@link ReserveIdempotencyKey}: a request that created something keeps its
 * outcome for replay; one that failed frees the key, since nothing was created and a retry should run again.
 */
public final class FinishIdempotentRequest {
    private final IIdempotencyStore store;

    public FinishIdempotentRequest(IIdempotencyStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Keeps {@code outcome} for replay.
     *
     * @return {@code false} when the reservation was no longer held (its lease ran out and another request took it)
     */
    public boolean succeeded(UserId user, String key, String token, RecordedOutcome outcome) {
        return store.complete(user, key, token, outcome);
    }

    /** Frees the key of the reservation {@code token}; a reservation no longer held is left alone. */
    public void failed(UserId user, String key, String token) {
        store.release(user, key, token);
    }
}
