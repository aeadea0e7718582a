package com.jobwise.export.domain.export;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.GenerationId;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One exported file and its S3 object: a row of the spec's {@code exports} table.
 *
 * @param objectKey     the S3 object key ({@code file_path}), {@code exports/{user_id}/{export_id}.{ext}};
 *                      never shown to a client
 * @param fileSizeBytes size of the stored object in bytes
 * @param pageCount     pages of a PDF, {@code null} for other formats
 * @param options       the resolved template options used, as a JSON tree
 * @param metadata      ATS score, processing time, word count and the like, as a JSON tree
 */
public record Export(
        ExportId id,
        UserId userId,
        GenerationId generationId,
        DocumentType documentType,
        ExportFormat format,
        String template,
        String filename,
        String objectKey,
        long fileSizeBytes,
        Integer pageCount,
        Map<String, Object> options,
        Map<String, Object> metadata,
        int downloadCount,
        Instant expiresAt,
        Instant createdAt) {

    public Export {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(generationId, "generationId");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(objectKey, "objectKey");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        options = options == null ? Map.of() : options;
        metadata = metadata == null ? Map.of() : metadata;
    }

    /**
     * The spec's object key pattern {@code exports/{user}/{export_id}.{ext}}, where {@code user} is
     * {@link UserId#pathSegment()}: the raw id for {@code [A-Za-z0-9_-]{1,64}}, an encoded one otherwise.
     */
    public static String objectKeyFor(UserId userId, ExportId id, ExportFormat format) {
        return "exports/" + userId.pathSegment() + "/" + id + "." + format.extension();
    }

    /** Whether the export is past its expiry at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
