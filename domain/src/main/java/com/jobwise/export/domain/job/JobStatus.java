package com.jobwise.export.domain.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A job's state; {@link #wireName()} is the API's {@code status}. Finished states never change again. */
public enum JobStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

    /** {@code queued}, {@code running}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Completed, failed or cancelled. */
    public boolean isFinished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** Looks a status up by its wire name, case-insensitively. */
    public static Optional<JobStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equalsIgnoreCase(name)).findFirst();
    }
}
