package com.jobwise.export.adapters.rest.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.jobwise.export.application.export.BatchResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/** The 201 body of {@code POST /exports/batch} (spec: "Batch Export"). */
@Serdeable(naming = SnakeCaseStrategy.class)
public record BatchResponse(String batchId, int totalExports, long successful, long failed, List<Item> exports,
                            @Schema(type = "object", description = "The ZIP of the successful files, when create_zip was set") @Nullable ZipFile zipFile, String createdAt) {

    /** One item: {@code status} {@code completed} with the file, or {@code failed} with {@code detail}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@Nullable String exportId, @Nullable String generationId, String status,
                       @Nullable String filename, @Nullable Long fileSizeBytes, @Nullable String downloadUrl,
                       @Nullable String detail) {
    }

    /** The package export. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ZipFile(String exportId, String filename, long fileSizeBytes, String downloadUrl) {
    }

    static BatchResponse from(BatchResult result) {
        List<Item> items = result.items().stream().map(i -> i.completed()
                ? new Item(i.export().id().toString(), i.generationId(), "completed", i.export().filename(),
                i.export().fileSizeBytes(), ExportResponse.downloadUrl(i.export().id()), null)
                : new Item(null, i.generationId(), "failed", null, null, null, i.detail())).toList();
        ZipFile zip = result.zip() == null ? null : new ZipFile(result.zip().id().toString(), result.zip().filename(),
                result.zip().fileSizeBytes(), ExportResponse.downloadUrl(result.zip().id()));
        return new BatchResponse(result.batchId().toString(), result.items().size(), result.successful(),
                result.failed(), items, zip, result.createdAt().toString());
    }
}
