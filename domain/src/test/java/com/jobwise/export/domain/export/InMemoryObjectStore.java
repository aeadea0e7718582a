package com.jobwise.export.domain.export;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Thread-safe in-memory {@link IObjectStore} for tests of the core. {@link #failNextCalls(boolean)}
 * makes every call throw {@link com.jobwise.export.domain.error.StorageUnavailableException}, to test
 * how use cases survive an S3 outage.
 */
public class InMemoryObjectStore implements IObjectStore {
    private record Stored(byte[] bytes, String contentType, Instant lastModified) {
    }

    private final Map<String, Stored> objects = new ConcurrentSkipListMap<>();
    private final AtomicBoolean failing = new AtomicBoolean();

    /** Whether every following call fails as if the store were down. */
    public void failNextCalls(boolean fail) {
        failing.set(fail);
    }

    private void check() {
        if (failing.get()) {
            throw new com.jobwise.export.domain.error.StorageUnavailableException("object store is down (test)",
                    new IllegalStateException("simulated outage"));
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        check();
        objects.put(key, new Stored(bytes.clone(), contentType, Instant.now()));
    }

    @Override
    public Optional<StoredObject> get(String key) {
        check();
        return Optional.ofNullable(objects.get(key)).map(s ->
                new StoredObject(new ByteArrayInputStream(s.bytes()), s.bytes().length, s.contentType()));
    }

    @Override
    public boolean exists(String key) {
        check();
        return objects.containsKey(key);
    }

    @Override
    public void delete(String key) {
        check();
        objects.remove(key);
    }

    @Override
    public void deleteAll(Collection<String> keys) {
        check();
        keys.forEach(objects::remove);
    }

    @Override
    public List<ObjectSummary> list(String prefix) {
        check();
        return objects.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> new ObjectSummary(e.getKey(), e.getValue().bytes().length, e.getValue().lastModified()))
                .toList();
    }

    @Override
    public URI presignGet(String key, Duration validity, String downloadFilename) {
        check();
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_PRESIGN_VALIDITY) > 0) {
            throw new IllegalArgumentException("pre-signed URL validity must be more than 0 and at most "
                    + MAX_PRESIGN_VALIDITY.toMinutes() + " minutes; got " + validity);
        }
        return URI.create("memory://objects/" + key + "?expires=" + Instant.now().plus(validity).getEpochSecond());
    }

    /** Keys of every stored object, for assertions. */
    public List<String> keys() {
        return List.copyOf(objects.keySet());
    }
}
