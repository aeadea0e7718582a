package com.jobwise.export.application.job;

import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Export 1 to 100 generations asynchronously ({@code POST /api/v1/exports/jobs}).
 *
 * @param format      a format the synchronous export supports ({@code pdf}, {@code docx}, {@code json-resume}, ...)
 * @param template    template id, {@code null} for the default
 * @param options     the {@code options} JSON tree applied to every item, {@code null} for none
 * @param createZip   package the files in one ZIP; {@code null} means yes
 * @param webhookUrl  where to POST the finished job, {@code null} for none
 */
public record CreateExportJobCommand(UserId userId, Tier tier, List<String> generationIds, String format,
                                     String template, Map<String, Object> options, Boolean createZip,
                                     String webhookUrl) {
    public CreateExportJobCommand {
        Objects.requireNonNull(userId, "userId");
        generationIds = generationIds == null ? List.of() : generationIds;
        tier = tier == null ? Tier.FREE : tier;
    }
}
