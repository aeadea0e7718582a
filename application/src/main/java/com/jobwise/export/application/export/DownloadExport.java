package com.jobwise.export.application.export;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.export.StoredObject;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Opens a user's export for download (spec: read/download flow). The row is looked up by id AND
 * user id; the object key comes only from that row.
 *
 * <p>Errors: {@code ExportNotFoundException} (404, also for another user's export or a malformed id),
 * {@code ExportExpiredException} (410), {@code StorageUnavailableException} (503).
 */
public final class DownloadExport {
    /** Longest validity of a pre-signed URL (spec: short expirations, 5 to 15 minutes). */
    public static final Duration MAX_PRESIGN_VALIDITY = Duration.ofMinutes(15);

    private final IExportRepository exports;
    private final IObjectStore objectStore;
    private final Clock clock;

    public DownloadExport(IExportRepository exports, IObjectStore objectStore, Clock clock) {
        this.exports = exports;
        this.objectStore = objectStore;
        this.clock = clock;
    }

    /** Opens the file for streaming and counts the download. */
    public ExportDownload execute(UserId userId, String exportId) {
        Export export = findLive(userId, exportId);
        StoredObject object = objectStore.get(export.objectKey()).orElseThrow(ExportNotFoundException::forDownload);
        exports.incrementDownloadCount(export.id(), userId);
        return new ExportDownload(export, object);
    }

    /**
     * A pre-signed GET URL of the file, issued only after the ownership and expiry checks, and counts
     * the download.
     *
     * @param validity how long the URL works, at most 15 minutes
     */
    public URI presign(UserId userId, String exportId, Duration validity) {
        if (validity.compareTo(MAX_PRESIGN_VALIDITY) > 0 || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("pre-signed URLs are valid for 1 second to 15 minutes");
        }
        Export export = findLive(userId, exportId);
        if (!objectStore.exists(export.objectKey())) {
            throw ExportNotFoundException.forDownload();
        }
        URI url = objectStore.presignGet(export.objectKey(), validity, export.filename());
        exports.incrementDownloadCount(export.id(), userId);
        return url;
    }

    private Export findLive(UserId userId, String exportId) {
        Export export = ExportId.parse(exportId).flatMap(id -> exports.findByIdAndUser(id, userId))
                .orElseThrow(ExportNotFoundException::forDownload);
        if (export.isExpiredAt(clock.instant())) {
            throw new ExportExpiredException();
        }
        return export;
    }
}
