package com.jobwise.export.application.export;

import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportExpiredException;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.ExportNotFoundException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IExportRepository;
import com.jobwise.export.domain.port.IObjectStore;
import com.jobwise.export.domain.port.StoredObject;

import java.time.Clock;

/**
 * Opens a user's export for download (spec: read/download flow). The row is looked up by id AND
 * user id; the object key comes only from that row.
 *
 * <p>Errors: {@code ExportNotFoundException} (404, also for another user's export or a malformed id),
 * {@code ExportExpiredException} (410), {@code StorageUnavailableException} (503).
 */
public final class DownloadExport {
    private final IExportRepository exports;
    private final IObjectStore objectStore;
    private final Clock clock;

    public DownloadExport(IExportRepository exports, IObjectStore objectStore, Clock clock) {
        this.exports = exports;
        this.objectStore = objectStore;
        this.clock = clock;
    }

    public ExportDownload execute(UserId userId, String exportId) {
        Export export = ExportId.parse(exportId).flatMap(id -> exports.findByIdAndUser(id, userId))
                .orElseThrow(ExportNotFoundException::forDownload);
        if (export.isExpiredAt(clock.instant())) {
            throw new ExportExpiredException();
        }
        StoredObject object = objectStore.get(export.objectKey()).orElseThrow(ExportNotFoundException::forDownload);
        exports.incrementDownloadCount(export.id(), userId);
        return new ExportDownload(export, object);
    }
}
