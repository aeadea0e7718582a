package com.jobwise.export.application.export;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.IObjectStore;

import java.util.UUID;

/**
 * Sends one request of each kind an export makes to storage, so the first real export after start-up finds the
 * object store's client and the database's statements ready (classes loaded, connections open): a PUT of a small
 * probe object under {@value #PREFIX} and its DELETE, and a lookup of an export that does not exist. Leaves
 * nothing behind. Meant to run once, in the background, at start-up; a failure propagates (the caller logs it:
 * storage that is down at start is the readiness checks' business).
 */
public final class WarmUpStorage {
    /** Where the probe object lives for the instant between its PUT and its DELETE. */
    public static final String PREFIX = "warm-up/";
    private static final UserId NOBODY = new UserId("warm-up");

    private final IObjectStore objectStore;
    private final IExportRepository exports;

    public WarmUpStorage(IObjectStore objectStore, IExportRepository exports) {
        this.objectStore = objectStore;
        this.exports = exports;
    }

    /** PUT and DELETE of a probe object, then a lookup by id and user that finds nothing. */
    public void execute() {
        String key = PREFIX + UUID.randomUUID() + ".pdf";
        try {
            objectStore.put(key, new byte[1024], ExportFormat.PDF.contentType());
        } finally {
            objectStore.delete(key);
        }
        exports.findByIdAndUser(ExportId.newId(), NOBODY);
    }
}
