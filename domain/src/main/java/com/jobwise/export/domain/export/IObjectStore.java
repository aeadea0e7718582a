package com.jobwise.export.domain.export;

import com.jobwise.export.domain.error.StorageUnavailableException;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * Private binary storage addressed by object key (S3 in production). Objects are never public; a
 * client reaches one only through the service or a short-lived pre-signed URL.
 * Every method throws {@link StorageUnavailableException} when the store cannot be reached.
 */
public interface IObjectStore {

    /** Stores {@code bytes} under {@code key}, replacing any object there. */
    void put(String key, byte[] bytes, String contentType);

    /** Opens the object at {@code key}; empty when there is none. The caller closes it. */
    Optional<StoredObject> get(String key);

    /** Whether an object exists at {@code key}. */
    boolean exists(String key);

    /** Deletes the object at {@code key}; deleting a missing object succeeds. */
    void delete(String key);

    /**
     * Deletes every key given, in as few requests as the store allows (S3: 1000 keys per call).
     * Missing keys are not an error.
     */
    void deleteAll(Collection<String> keys);

    /** Every object whose key starts with {@code prefix}, in key order. */
    java.util.List<ObjectSummary> list(String prefix);

    /**
     * Longest validity {@link #presignGet} accepts: 15 minutes (API spec, "S3 Storage Model": "short
     * expirations (e.g., 5–15 minutes)").
     */
    Duration MAX_PRESIGN_VALIDITY = Duration.ofMinutes(15);

    /**
     * A URL that fetches the object with a plain GET until {@code validity} has passed.
     *
     * @param validity more than zero and at most {@link #MAX_PRESIGN_VALIDITY}; a longer one is refused, never
     *                 silently shortened
     * @param downloadFilename file name the response's {@code Content-Disposition} suggests
     * @throws IllegalArgumentException when {@code validity} is zero, negative or longer than
     *                                  {@link #MAX_PRESIGN_VALIDITY}
     */
    URI presignGet(String key, Duration validity, String downloadFilename);
}
