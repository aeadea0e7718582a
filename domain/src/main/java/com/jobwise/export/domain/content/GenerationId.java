package com.jobwise.export.domain.content;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of a generation: what the generation service (or {@code POST /generations}, a random UUID) gave it,
 * 1 to 64 visible ASCII characters (the {@code generations.id VARCHAR(64)} column of the API spec).
 */
public record GenerationId(String value) {
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,64}");

    public GenerationId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a generation id is 1 to 64 visible ASCII characters");
        }
    }

    /** A fresh random id (a UUID in canonical lower-case form). */
    public static GenerationId newId() {
        return new GenerationId(java.util.UUID.randomUUID().toString());
    }

    /**
     * Parses a client-supplied id; empty when it cannot be an id (blank, too long, control or non-ASCII
     * characters), which callers answer like a missing generation (404), never a 500.
     */
    public static Optional<GenerationId> parse(String text) {
        return text != null && VALID.matcher(text).matches() ? Optional.of(new GenerationId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
