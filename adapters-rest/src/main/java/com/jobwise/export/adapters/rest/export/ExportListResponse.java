package com.jobwise.export.adapters.rest.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobwise.export.application.export.ExportList;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/** Body of {@code GET /exports/files} (spec: "List Exported Files"), {@code hasMore} spelled as the spec does. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ExportListResponse(List<ExportResponse> files, long total,
                                 @Schema(ref = PAGINATION_SCHEMA) Pagination pagination,
                                 long storageUsedBytes, long storageLimitBytes) {

    /**
     * The pagination object's schema, written by hand in {@code src/openapi/additional/components.yml}: the
     * generator would name {@code hasMore} {@code has_more} (its snake_case strategy wins over @JsonProperty).
     */
    public static final String PAGINATION_SCHEMA = "#/components/schemas/Pagination";

    /** The spec's pagination object. */
    @Serdeable
    public record Pagination(int limit, int offset, long total, @JsonProperty("hasMore") boolean hasMore) {
    }

    static ExportListResponse from(ExportList list) {
        return new ExportListResponse(list.files().stream().map(ExportResponse::listed).toList(), list.total(),
                new Pagination(list.limit(), list.offset(), list.total(), list.hasMore()),
                list.storageUsedBytes(), list.storageLimitBytes());
    }
}
