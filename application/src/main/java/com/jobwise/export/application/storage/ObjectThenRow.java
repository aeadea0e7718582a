package com.jobwise.export.application.storage;

import com.jobwise.export.domain.export.IObjectStore;

import java.util.Objects;

/**
 * The write protocol of every use case that keeps a file: the object is written first, then its row; when the
 * row cannot be written (quota exceeded, database down) the object is deleted again, so no object is ever left
 * without a row, and a row never points at a missing object. A failed clean-up is attached to the row's error
 * (suppressed) and left to the orphan sweep of {@code PurgeExpiredExports}.
 */
public final class ObjectThenRow {
    /** Writes the row of a file whose object is already stored; throws to refuse it. */
    @FunctionalInterface
    public interface RowWriter {
        void write();
    }

    private final IObjectStore objectStore;

    public ObjectThenRow(IObjectStore objectStore) {
        this.objectStore = Objects.requireNonNull(objectStore, "objectStore");
    }

    /**
     * Stores {@code bytes} under {@code objectKey}, then runs {@code row}.
     *
     * @param contentType the MIME type the object is served with
     * @throws RuntimeException whatever the object store or {@code row} threw, after the object was deleted again
     */
    public void store(String objectKey, byte[] bytes, String contentType, RowWriter row) {
        store(objectKey, bytes, contentType, row, () -> false);
    }

    /**
     * As {@link #store(String, byte[], String, RowWriter)}, but when the row fails and {@code rowStoredElsewhere}
     * answers {@code true} (another run of the same idempotent work, an export job's item, stored the row under
     * the same key) the object stays, since that row points at it.
     */
    public void store(String objectKey, byte[] bytes, String contentType, RowWriter row,
                      java.util.function.BooleanSupplier rowStoredElsewhere) {
        objectStore.put(objectKey, bytes, contentType);
        try {
            row.write();
        } catch (RuntimeException e) {
            if (rowStoredElsewhere.getAsBoolean()) {
                throw e;
            }
            try {
                objectStore.delete(objectKey);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
