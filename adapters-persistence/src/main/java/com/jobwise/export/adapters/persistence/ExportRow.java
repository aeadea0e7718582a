package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportFormat;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code exports}: enums by their spec wire names ({@code 'resume'}, {@code 'pdf'}), the object key
 * in {@code file_path}, JSON trees as text, instants as {@code TIMESTAMP WITH TIME ZONE}.
 */
@MappedEntity("exports")
record ExportRow(@Id String id, String userId, String generationId, String documentType, String format,
                 String template, String filename, String filePath, long fileSizeBytes, @Nullable Integer pageCount,
                 @Nullable String options, @Nullable String metadata, int downloadCount, Instant expiresAt,
                 Instant createdAt) {

    static ExportRow of(Export export) {
        return new ExportRow(export.id().toString(), export.userId().value(), export.generationId(),
                export.documentType().wireName(), export.format().wireName(), export.template(), export.filename(),
                export.objectKey(), export.fileSizeBytes(), export.pageCount(), JsonText.write(export.options()),
                JsonText.write(export.metadata()), export.downloadCount(), export.expiresAt(), export.createdAt());
    }

    Export toExport() {
        return new Export(new ExportId(UUID.fromString(id)), new UserId(userId), generationId,
                DocumentType.fromWireName(documentType).orElseThrow(
                        () -> new IllegalStateException("export " + id + " has an unknown document_type")),
                ExportFormat.fromWireName(format).orElseThrow(
                        () -> new IllegalStateException("export " + id + " has an unknown format")),
                template, filename, filePath, fileSizeBytes, pageCount,
                JsonText.read(options, "exports.options"), JsonText.read(metadata, "exports.metadata"),
                downloadCount, expiresAt, createdAt);
    }
}
