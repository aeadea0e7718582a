package com.jobwise.export.adapters.rest.job;

import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.job.CreateBulkExportJobCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/exports/jobs/bulk}: the generations are chosen by {@code filters}, oldest first, at
 * most {@code max_items} (1-100, default 100); the other fields as for {@link CreateJobRequest}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record BulkJobRequest(
        @io.swagger.v3.oas.annotations.media.Schema(type = "object", description = "which generations: date range and document types; omitted: all")
        @Nullable Filters filters, @Nullable Integer maxItems, @Nullable String format,
                             @Nullable String template,
                             @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                             @Nullable Map<String, Object> options,
                             @Nullable Boolean createZip, @Nullable String webhookUrl) {

    /**
     * Which generations: created from {@code date_from} to {@code date_to} (days, UTC, both included), of the
     * {@code document_types} ({@code resume}, {@code cover_letter}; default both).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Filters(@Nullable String dateFrom, @Nullable String dateTo, @Nullable List<String> documentTypes) {
    }

    CreateBulkExportJobCommand toCommand(CurrentUser user) {
        Filters f = filters == null ? new Filters(null, null, null) : filters;
        return new CreateBulkExportJobCommand(user.id(), user.tier(), f.dateFrom(), f.dateTo(), f.documentTypes(),
                maxItems, format, template, options, createZip, webhookUrl);
    }
}
