package com.jobwise.export.application.export;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.preview.Preview;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.preview.IPreviewRepository;
import com.jobwise.export.domain.export.ObjectSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The cleanup job (spec: "Automatic Expiration &amp; Cleanup"). In batches of {@link #BATCH} it claims
 * expired export and preview rows, deletes their objects (S3 {@code DeleteObjects}, up to 1000 keys a
 * call) and then the rows. Then it removes objects under {@code exports/} and {@code previews/} that no
 * row references and that are older than the grace period (left by a crash between upload and insert).
 *
 * <p>Safe to run on several instances at once and to repeat after a crash: rows are claimed with
 * skip-locked semantics, objects are deleted before rows, and deleting a missing object succeeds.
 */
public final class PurgeExpiredExports {
    /** Rows claimed per transaction, and keys per delete call. */
    public static final int BATCH = 1000;
    static final String EXPORTS_PREFIX = "exports/";
    static final String PREVIEWS_PREFIX = "previews/";

    private final IExportRepository exports;
    private final IPreviewRepository previews;
    private final IObjectStore objectStore;
    private final Clock clock;
    private final Duration orphanGrace;

    /** @param orphanGrace how old an unreferenced object must be before it is deleted */
    public PurgeExpiredExports(IExportRepository exports, IPreviewRepository previews, IObjectStore objectStore,
                               Clock clock, Duration orphanGrace) {
        this.exports = exports;
        this.previews = previews;
        this.objectStore = objectStore;
        this.clock = clock;
        this.orphanGrace = orphanGrace;
    }

    /** What one run removed. */
    public record Report(int expiredExports, int expiredPreviews, int orphanedObjects) {
    }

    public Report execute() {
        Instant now = clock.instant();
        int expiredExports = 0;
        int batch;
        while ((batch = exports.purgeExpired(now, BATCH,
                rows -> objectStore.deleteAll(rows.stream().map(Export::objectKey).toList()))) > 0) {
            expiredExports += batch;
        }
        int expiredPreviews = 0;
        while ((batch = previews.purgeExpired(now, BATCH,
                rows -> objectStore.deleteAll(rows.stream().map(Preview::objectKey).toList()))) > 0) {
            expiredPreviews += batch;
        }
        Instant olderThan = now.minus(orphanGrace);
        int orphans = deleteOrphans(EXPORTS_PREFIX, olderThan, exports::findExistingObjectKeys)
                + deleteOrphans(PREVIEWS_PREFIX, olderThan, previews::findExistingObjectKeys);
        return new Report(expiredExports, expiredPreviews, orphans);
    }

    private int deleteOrphans(String prefix, Instant olderThan, Function<List<String>, Set<String>> referenced) {
        List<String> candidates = objectStore.list(prefix).stream()
                .filter(o -> o.lastModified() != null && o.lastModified().isBefore(olderThan))
                .map(ObjectSummary::key).toList();
        int deleted = 0;
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<String> chunk = candidates.subList(from, Math.min(from + BATCH, candidates.size()));
            List<String> orphans = new ArrayList<>(chunk);
            orphans.removeAll(referenced.apply(chunk));
            if (!orphans.isEmpty()) {
                objectStore.deleteAll(orphans);
                deleted += orphans.size();
            }
        }
        return deleted;
    }
}
