package com.jobwise.export.domain.export;

import java.time.Instant;

/** A listed object: key, size in bytes and last modification time. */
public record ObjectSummary(String key, long sizeBytes, Instant lastModified) {
}
