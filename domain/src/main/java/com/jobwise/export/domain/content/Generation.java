package com.jobwise.export.domain.content;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.error.InvalidContentException;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A generated resume or cover letter, the source of every export (the {@code generations} table).
 *
 * @param contentStructured the spec's structured content as a JSON tree of plain Java values
 *                          ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean},
 *                          {@code null}); {@code null} when only {@code contentText} exists
 * @param contentText       the plain-text form; may be {@code null} when structured content exists
 */
public record Generation(
        GenerationId id,
        UserId userId,
        DocumentType documentType,
        Map<String, Object> contentStructured,
        String contentText,
        Instant createdAt) {

    public Generation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(createdAt, "createdAt");
        if (contentStructured == null && (contentText == null || contentText.isBlank())) {
            throw new InvalidContentException("content_structured or content_text is required");
        }
    }
}
