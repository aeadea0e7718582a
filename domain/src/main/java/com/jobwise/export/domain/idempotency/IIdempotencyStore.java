package com.jobwise.export.domain.idempotency;

import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Remembers, per user and {@code Idempotency-Key}, the first response to a request that creates something,
 * so a retried request answers that response again instead of creating a second resource.
 *
 * <p>Protocol: {@link #reserve} claims the key before the request runs (atomically, across every instance
 * of the service); the caller then either {@link #complete}s the reservation with the response to keep or
 * {@link #release}s it when nothing was created, so a retry may run. A key is live for its
 * {@code retention} (24 h in the API) counted from the first request; a reservation neither completed nor
 * released within its {@code lease} (a crashed instance) may be taken over by the next request.
 *
 * <p>Keys are opaque strings of 1 to {@link #MAX_KEY_LENGTH} characters; fingerprints identify the request
 * (e.g. a SHA-256 of method, path and body in hex). Every method throws
 * {@link StorageUnavailableException} when the store cannot be reached.
 */
public interface IIdempotencyStore {

    /** The longest key a store must accept. */
    int MAX_KEY_LENGTH = 255;

    /**
     * Claims {@code key} for {@code user}'s request identified by {@code fingerprint}.
     *
     * @param now       the current time
     * @param retention how long, from {@code now}, a completed response is replayed
     * @param lease     how long, from {@code now}, the reservation blocks other requests before it counts
     *                  as abandoned; at most {@code retention}
     * @return {@link Reserved} when the key was free, expired or abandoned (the caller runs the request);
     *         {@link Replay} when a request with the same fingerprint completed; {@link InProgress} when a
     *         request with the same fingerprint still runs; {@link Mismatch} when the live key belongs to a
     *         request with another fingerprint
     */
    Reservation reserve(UserId user, String key, String fingerprint, Instant now, Duration retention, Duration lease);

    /**
     * Keeps {@code outcome} as the answer to replay for the reservation {@code token}.
     *
     * @return {@code false} when the reservation is no longer held (taken over after its lease, or released)
     */
    boolean complete(UserId user, String key, String token, RecordedOutcome outcome);

    /**
     * Frees the key of reservation {@code token} (the request failed and created nothing). Releasing a
     * reservation that is no longer held, or already completed, changes nothing.
     */
    void release(UserId user, String key, String token);

    /** Deletes every key whose retention ended at or before {@code now}; returns how many. */
    int purgeExpired(Instant now);

    /** What {@link #reserve} found. */
    sealed interface Reservation permits Reserved, Replay, InProgress, Mismatch {
    }

    /** The key is now held by the caller; {@code token} identifies this reservation. */
    record Reserved(String token) implements Reservation {
        public Reserved {
            Objects.requireNonNull(token, "token");
        }
    }

    /** A request with the same fingerprint completed: answer with its {@code outcome} again. */
    record Replay(RecordedOutcome outcome) implements Reservation {
        public Replay {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** A request with the same fingerprint holds the key and has not finished. */
    record InProgress() implements Reservation {
    }

    /** The key is live for a request with a different fingerprint. */
    record Mismatch() implements Reservation {
    }

    /**
     * The outcome of the first request, as the driving adapter recorded it for replay: a result code, a media
     * type (may be {@code null}) and the exact payload bytes. Opaque to the core: it neither reads nor
     * interprets them (the REST adapter stores an HTTP status, content type and body). The payload is copied
     * in and out, so the record is immutable.
     */
    record RecordedOutcome(int code, String mediaType, byte[] payload) {
        public RecordedOutcome {
            if (code < 0) {
                throw new IllegalArgumentException("code must not be negative: " + code);
            }
            payload = payload == null ? new byte[0] : payload.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RecordedOutcome that && code == that.code
                    && Objects.equals(mediaType, that.mediaType) && Arrays.equals(payload, that.payload);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hash(code, mediaType) + Arrays.hashCode(payload);
        }

        @Override
        public String toString() {
            return "RecordedOutcome[code=" + code + ", mediaType=" + mediaType + ", payload=" + payload.length + " bytes]";
        }
    }
}
