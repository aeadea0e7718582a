package com.jobwise.export.domain.idempotency;

import com.jobwise.export.domain.account.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A thread-safe in-memory {@link IIdempotencyStore} for tests of the core and of the REST adapter. */
public class InMemoryIdempotencyStore implements IIdempotencyStore {

    private record Entry(String fingerprint, String token, Instant expiresAt, Instant lockedUntil,
                         RecordedOutcome response) {
        boolean isFreeAt(Instant now) {
            return !expiresAt.isAfter(now) || (response == null && !lockedUntil.isAfter(now));
        }
    }

    private record Slot(UserId user, String key) {
    }

    private final Map<Slot, Entry> entries = new HashMap<>();

    @Override
    public synchronized Reservation reserve(UserId user, String key, String fingerprint, Instant now,
                                            Duration retention, Duration lease) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Slot slot = slot(user, key);
        Entry existing = entries.get(slot);
        if (existing == null || existing.isFreeAt(now)) {
            String token = UUID.randomUUID().toString();
            entries.put(slot, new Entry(fingerprint, token, now.plus(retention), now.plus(lease), null));
            return new Reserved(token);
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        return existing.response() == null ? new InProgress() : new Replay(existing.response());
    }

    @Override
    public synchronized boolean complete(UserId user, String key, String token, RecordedOutcome response) {
        Objects.requireNonNull(response, "response");
        Slot slot = slot(user, key);
        Entry existing = entries.get(slot);
        if (existing == null || !existing.token().equals(token) || existing.response() != null) {
            return false;
        }
        entries.put(slot, new Entry(existing.fingerprint(), token, existing.expiresAt(), existing.lockedUntil(),
                response));
        return true;
    }

    @Override
    public synchronized void release(UserId user, String key, String token) {
        Slot slot = slot(user, key);
        Entry existing = entries.get(slot);
        if (existing != null && existing.token().equals(token) && existing.response() == null) {
            entries.remove(slot);
        }
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        int before = entries.size();
        entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
        return before - entries.size();
    }

    /** How many keys are stored, live or not. */
    public synchronized int size() {
        return entries.size();
    }

    private static Slot slot(UserId user, String key) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(key, "key");
        return new Slot(user, key);
    }
}
