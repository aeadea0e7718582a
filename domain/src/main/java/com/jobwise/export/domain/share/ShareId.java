package com.jobwise.export.domain.share;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a share link (not its secret token): a random UUID, shown to the export's owner only. */
public record ShareId(UUID value) {
    public ShareId {
        Objects.requireNonNull(value, "value");
    }

    public static ShareId newId() {
        return new ShareId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; empty when it is not a UUID (answers 404 like a missing id). */
    public static Optional<ShareId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ShareId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
