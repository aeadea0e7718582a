package com.jobwise.export.application.export;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.IObjectStore;

import java.time.Clock;

/**
 * Deletes a user's export: the S3 object first, then the row (spec: delete flow). When the object
 * store fails, the row stays and {@code StorageUnavailableException} (503, retryable) is thrown.
 *
 * <p>Errors: {@code ExportNotFoundException} (404 "Export file not found"),
 * {@code ExportExpiredException} (410).
 */
public final class DeleteExport {
    private final IExportRepository exports;
    private final IObjectStore objectStore;
    private final Clock clock;

    public DeleteExport(IExportRepository exports, IObjectStore objectStore, Clock clock) {
        this.exports = exports;
        this.objectStore = objectStore;
        this.clock = clock;
    }

    public void execute(UserId userId, String exportId) {
        Export export = ExportId.parse(exportId).flatMap(id -> exports.findByIdAndUser(id, userId))
                .orElseThrow(ExportNotFoundException::forDelete);
        if (export.isExpiredAt(clock.instant())) {
            throw new ExportExpiredException();
        }
        objectStore.delete(export.objectKey());
        exports.delete(export.id(), userId);
    }
}
