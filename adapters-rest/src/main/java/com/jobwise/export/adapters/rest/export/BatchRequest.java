package com.jobwise.export.adapters.rest.export;

import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.export.BatchItem;
import com.jobwise.export.application.export.ExportBatchCommand;
import com.jobwise.export.domain.error.InvalidOptionException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /exports/batch} (spec: "Batch Export"): up to 10 items, optional ZIP.
 *
 * @param exports     the items, each {@code {generation_id, format: pdf|docx|json-resume|txt|md|html|json|csv|tex, template, options?, filename?}}
 * @param createZip   whether to package the successful files as one ZIP export
 * @param zipFilename the ZIP's file name
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record BatchRequest(@Nullable List<Item> exports, @Nullable Boolean createZip, @Nullable String zipFilename) {

    /** One item of the batch. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Item(@Nullable String generationId, @Nullable String format, @Nullable String template,
                       @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @Nullable Map<String, Object> options, @Nullable String filename) {
    }

    /** The command; 422 ({@link InvalidOptionException}) naming {@code exports[i]} for a {@code null} item. */
    ExportBatchCommand toCommand(CurrentUser user) {
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; exports != null && i < exports.size(); i++) {
            Item item = exports.get(i);
            if (item == null) {
                String field = "exports[" + i + "]";
                throw new InvalidOptionException(field, field + " must be an object");
            }
            items.add(new BatchItem(item.generationId(), item.format(), item.template(), item.options(),
                    item.filename()));
        }
        return new ExportBatchCommand(user.id(), user.tier(), items, Boolean.TRUE.equals(createZip), zipFilename);
    }
}
