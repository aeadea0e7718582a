package com.jobwise.export.adapters.rest.job;

import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.job.CreateExportJobCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/exports/jobs}.
 *
 * @param generationIds 1 to 100 generation ids, exported in this order
 * @param format        any format the synchronous export supports ({@code pdf}, {@code docx}, {@code json-resume}, ...)
 * @param template      template id, default {@code modern}
 * @param options       the template options of {@code POST /exports/pdf}, applied to every item
 * @param createZip     package the files in one ZIP (default true)
 * @param webhookUrl    https URL that receives the finished job, signed ({@code X-Export-Signature})
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record CreateJobRequest(@Nullable List<String> generationIds, @Nullable String format,
                               @Nullable String template,
                               @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                               @Nullable Map<String, Object> options,
                               @Nullable Boolean createZip, @Nullable String webhookUrl) {

    CreateExportJobCommand toCommand(CurrentUser user) {
        return new CreateExportJobCommand(user.id(), user.tier(), generationIds, format, template, options, createZip,
                webhookUrl);
    }
}
