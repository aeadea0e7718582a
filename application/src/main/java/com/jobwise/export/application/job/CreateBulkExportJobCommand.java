package com.jobwise.export.application.job;

import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Export the generations a filter chooses ({@code POST /api/v1/exports/jobs/bulk}).
 *
 * @param dateFrom      first day included, ISO {@code yyyy-MM-dd} (UTC), {@code null} for no lower bound
 * @param dateTo        last day included, ISO {@code yyyy-MM-dd} (UTC), {@code null} for no upper bound
 * @param documentTypes {@code resume}, {@code cover_letter}; {@code null} or empty for both
 * @param maxItems      1 to 100, {@code null} for 100; the oldest matching generations are taken first
 */
public record CreateBulkExportJobCommand(UserId userId, Tier tier, String dateFrom, String dateTo,
                                         List<String> documentTypes, Integer maxItems, String format, String template,
                                         Map<String, Object> options, Boolean createZip, String webhookUrl) {
    public CreateBulkExportJobCommand {
        Objects.requireNonNull(userId, "userId");
        documentTypes = documentTypes == null ? List.of() : documentTypes;
    }
}
