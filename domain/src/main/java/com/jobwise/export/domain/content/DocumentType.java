package com.jobwise.export.domain.content;

import java.util.Arrays;
import java.util.Optional;

/** What a generation or export holds; {@link #wireName()} is the spec's {@code document_type}. */
public enum DocumentType {
    RESUME("resume"),
    COVER_LETTER("cover_letter"),
    ZIP("zip");

    private final String wireName;

    DocumentType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Looks a type up by its wire name (exact, lower case). */
    public static Optional<DocumentType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
