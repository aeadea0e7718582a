package com.jobwise.export.domain.export;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of an export, preview or batch: a random UUID, rendered in its canonical lower-case form. */
public record ExportId(UUID value) {
    public ExportId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static ExportId newId() {
        return new ExportId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; empty when it is not a UUID (which answers 404 like a missing id). */
    public static Optional<ExportId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ExportId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
