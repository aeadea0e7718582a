package com.jobwise.export.domain.job;

import com.jobwise.export.domain.export.ExportId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of an export job: a random UUID in its canonical lower-case form. */
public record JobId(UUID value) {
    public JobId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static JobId newId() {
        return new JobId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; empty when it is not a UUID (which answers 404 like a missing job). */
    public static Optional<JobId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JobId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The export id of item {@code index} of this job: a name-based UUID of (job id, index), the same on every
     * run and every instance, so a re-run after a crash finds the export (row or object) of the first run
     * instead of creating a second one.
     */
    public ExportId itemExportId(int index) {
        return new ExportId(UUID.nameUUIDFromBytes((value + "/item/" + index).getBytes(StandardCharsets.UTF_8)));
    }

    /** The export id of this job's ZIP package, derived like {@link #itemExportId}. */
    public ExportId packageExportId() {
        return new ExportId(UUID.nameUUIDFromBytes((value + "/zip").getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
