package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.Preview;
import com.jobwise.export.domain.model.UserId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code previews}; {@code file_path} is the object key. */
@MappedEntity("previews")
record PreviewRow(@Id String id, String userId, String generationId, String template, String filePath,
                  long fileSizeBytes, Instant expiresAt, Instant createdAt) {

    static PreviewRow of(Preview preview) {
        return new PreviewRow(preview.id().toString(), preview.userId().value(), preview.generationId(),
                preview.template(), preview.objectKey(), preview.fileSizeBytes(), preview.expiresAt(),
                preview.createdAt());
    }

    Preview toPreview() {
        return new Preview(new ExportId(UUID.fromString(id)), new UserId(userId), generationId, template, filePath,
                fileSizeBytes, expiresAt, createdAt);
    }
}
