package com.jobwise.export.application.idempotency;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.idempotency.IIdempotencyStore;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Reservation;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Claims an {@code Idempotency-Key} for one user's request before it runs (the API's creating routes).
 * The answer says whether the request runs ({@code Reserved}), is answered with the first request's recorded
 * outcome ({@code Replay}), waits ({@code InProgress}) or is refused ({@code Mismatch}); see
 * {@link IIdempotencyStore#reserve}.
 */
public final class ReserveIdempotencyKey {
    private final IIdempotencyStore store;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;

    /**
     * @param retention how long a completed outcome is replayed (24 hours by default)
     * @param lease     how long a reservation blocks other requests before it counts as abandoned
     */
    public ReserveIdempotencyKey(IIdempotencyStore store, Clock clock, Duration retention, Duration lease) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.lease = lease.compareTo(retention) > 0 ? retention : lease;
    }

    /**
     * @param key         the client's key, 1 to {@link IIdempotencyStore#MAX_KEY_LENGTH} printable ASCII characters
     * @param fingerprint identifies the request (the REST adapter: SHA-256 of method, path and body)
     */
    public Reservation execute(UserId user, String key, String fingerprint) {
        return store.reserve(user, key, fingerprint, clock.instant(), retention, lease);
    }
}
