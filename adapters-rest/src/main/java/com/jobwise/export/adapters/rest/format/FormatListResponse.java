package com.jobwise.export.adapters.rest.format;

import com.jobwise.export.domain.format.FormatCatalog;
import com.jobwise.export.domain.export.ExportFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * Body of {@code GET /api/v1/exports/formats}: every format a client can choose.
 *
 * @param formats the formats, PDF first
 * @param total   how many
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record FormatListResponse(List<Item> formats, int total) {

    /**
     * One format.
     *
     * @param format      the wire name: the {@code format} of exports, batch items and the files filter
     * @param contentType the MIME type of a download
     * @param extension   the file extension, without dot
     * @param description what the file is for
     * @param synchronous {@code true} when {@code route} produces it at once; {@code false} when only export jobs do
     * @param route       the synchronous route, or {@code null}
     * @param options     request options that change the file
     * @param schemaUrl   where the format's JSON Schema is published, when it has one
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Item(String format, String contentType, String extension, String description, boolean synchronous,
                       @Nullable String route, List<String> options,
                       @Schema(nullable = true) @Nullable String schemaUrl) {
    }

    static FormatListResponse from(List<FormatCatalog.Format> formats) {
        return new FormatListResponse(formats.stream().map(f -> new Item(f.format().wireName(),
                f.format().contentType(), f.format().extension(), f.description(), f.synchronous(),
                f.synchronous() ? "/api/v1/exports/" + f.format().wireName() : null, f.options(),
                f.format() == ExportFormat.JSON ? FormatCatalog.JSON_SCHEMA_PATH : null)).toList(), formats.size());
    }
}
