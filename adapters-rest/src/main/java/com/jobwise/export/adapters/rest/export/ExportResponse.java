package com.jobwise.export.adapters.rest.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.jobwise.export.domain.export.Export;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.Map;

/**
 * A created or listed export (spec: the 201 body of {@code POST /exports/pdf} and the items of
 * {@code GET /exports/files}). The S3 object key is never part of it; {@code download_url} is the
 * service's own download route. Timestamps are ISO-8601 UTC.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportResponse(
        String exportId,
        String generationId,
        String documentType,
        String format,
        String template,
        String filename,
        long fileSizeBytes,
        @Nullable Integer pageCount,
        String downloadUrl,
        String expiresAt,
        String createdAt,
        @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @Nullable Map<String, Object> metadata) {

    /** The service route that downloads export {@code id}. */
    public static String downloadUrl(Object id) {
        return "/api/v1/exports/files/" + id + "/download";
    }

    /** The creation response, with metadata. */
    public static ExportResponse created(Export e) {
        return of(e, e.metadata());
    }

    /** The list item, without metadata (spec: "List Exported Files"). */
    public static ExportResponse listed(Export e) {
        return of(e, null);
    }

    private static ExportResponse of(Export e, Map<String, Object> metadata) {
        return new ExportResponse(e.id().toString(), e.generationId().value(), e.documentType().wireName(),
                e.format().wireName(), e.template(), e.filename(), e.fileSizeBytes(), e.pageCount(),
                downloadUrl(e.id()), e.expiresAt().toString(), e.createdAt().toString(), metadata);
    }
}
