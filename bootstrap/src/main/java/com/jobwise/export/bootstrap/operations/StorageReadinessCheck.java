package com.jobwise.export.bootstrap.operations;

import com.jobwise.export.adapters.rest.metrics.ReadinessCheck;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.port.IObjectStore;

/**
 * The object store answers: a listing under a prefix nothing is stored at (on S3 one {@code ListObjectsV2}
 * request, which, unlike a HEAD of a missing object, fails when the bucket itself is missing or the
 * credentials are refused). Throws {@link StorageUnavailableException} when it does not answer.
 */
public final class StorageReadinessCheck implements ReadinessCheck {
    /** No object is ever stored under this prefix. */
    static final String PROBE_PREFIX = "health-check/";

    private final IObjectStore objectStore;

    public StorageReadinessCheck(IObjectStore objectStore) {
        this.objectStore = objectStore;
    }

    @Override
    public String name() {
        return "storage";
    }

    @Override
    public void check() {
        objectStore.list(PROBE_PREFIX);
    }
}
