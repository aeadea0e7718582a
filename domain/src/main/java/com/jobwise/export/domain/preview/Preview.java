package com.jobwise.export.domain.preview;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.content.GenerationId;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.template.Template;

import java.time.Instant;
import java.util.Objects;

/**
 * A first-page PNG preview of a generation (spec: "Preview Document with Template"), kept for one hour.
 *
 * @param objectKey the S3 object key, {@code previews/{user_id}/{preview_id}.png}; never shown to a client
 */
public record Preview(ExportId id, UserId userId, GenerationId generationId, String template, String objectKey,
                      long fileSizeBytes, Instant expiresAt, Instant createdAt) {

    public Preview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(generationId, "generationId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(objectKey, "objectKey");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The preview key pattern {@code previews/{user}/{preview_id}.png}, {@code user} as {@link UserId#pathSegment()}. */
    public static String objectKeyFor(UserId userId, ExportId id) {
        return "previews/" + userId.pathSegment() + "/" + id + ".png";
    }

    /** Whether the preview is past its expiry at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
