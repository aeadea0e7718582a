package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.error.QuotaExceededException;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.ExportPage;
import com.jobwise.export.domain.export.ExportQuery;
import com.jobwise.export.domain.export.IExportRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@link IExportRepository} on the {@code exports} table (PostgreSQL in production, H2 embedded): every
 * filter, page, count and sum done by the database; the quota check and the purge run in one transaction each.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link GenerationNotFoundException} when {@link #save} or {@link #saveWithinQuota} names a generation
 * that does not exist (foreign key {@code generation_id}); {@link QuotaExceededException} from
 * {@link #saveWithinQuota}; {@link IllegalStateException} for a duplicate id or a row the domain rejects.
 */
@Singleton
@Requires(property = "datasources.default.url")
@TranslateSqlErrors(missingParent = GenerationNotFoundException.class)
public class JdbcExportRepository implements IExportRepository {
    private final ExportRows rows;

    JdbcExportRepository(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Export export) {
        rows.save(ExportRows.Row.of(Objects.requireNonNull(export, "export")));
    }

    @Override
    public Optional<Export> findByIdAndUser(ExportId id, UserId userId) {
        return rows.findByIdAndUserId(id.toString(), userId.value()).map(ExportRows.Row::toExport);
    }

    /** Newest first ({@code created_at DESC, id}); the page and the COUNT run in one read-only transaction. */
    @Override
    @Transactional(readOnly = true)
    public ExportPage findByUser(UserId userId, ExportQuery query) {
        String format = query.format() == null ? null : query.format().wireName();
        String type = query.documentType() == null ? null : query.documentType().wireName();
        long total = rows.countPage(userId.value(), format, type, query.template());
        List<Export> items = total <= query.offset() ? List.of()
                : rows.findPage(userId.value(), format, type, query.template(), query.limit(), query.offset())
                        .stream().map(ExportRows.Row::toExport).toList();
        return new ExportPage(items, total);
    }

    @Override
    public boolean delete(ExportId id, UserId userId) {
        return rows.deleteByIdAndUserId(id.toString(), userId.value()) > 0;
    }

    /** One atomic {@code UPDATE ... SET download_count = download_count + 1}: concurrent downloads all count. */
    @Override
    public boolean incrementDownloadCount(ExportId id, UserId userId) {
        return rows.incrementDownloadCount(id.toString(), userId.value()) > 0;
    }

    @Override
    public long totalSizeBytes(UserId userId, Instant now) {
        return rows.sumLiveSizes(userId.value(), now);
    }

    /**
     * One transaction: {@code SELECT ... FOR UPDATE} of the user's {@code storage_locks} row (created first with
     * {@code INSERT ... ON CONFLICT DO NOTHING} on the user's first export), which serialises every quota-checked
     * save of that user, across instances, on PostgreSQL and H2 alike; then the SUM of live sizes, then the INSERT. Plain {@link #save} takes no lock;
     * deletes only free space, so they need none.
     */
    @Override
    @Transactional
    public void saveWithinQuota(Export export, long limitBytes, Instant now) {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(now, "now");
        String user = export.userId().value();
        if (rows.lockStorage(user).isEmpty()) { // the user's first export: create the lock row, then lock it
            rows.insertStorageLock(user);
            rows.lockStorage(user);
        }
        long used = rows.sumLiveSizes(user, now);
        if (export.fileSizeBytes() > limitBytes - used) {
            throw new QuotaExceededException(used, export.fileSizeBytes(), limitBytes);
        }
        rows.save(ExportRows.Row.of(export));
    }

    /**
     * Claims up to {@code limit} expired rows with {@code FOR UPDATE SKIP LOCKED} (oldest expiry first, through
     * {@code idx_exports_expires_at}), hands them to {@code deleteObjects}, deletes them and commits; a callback
     * that throws rolls back, and its exception propagates unchanged.
     */
    @Override
    @Transactional
    public int purgeExpired(Instant now, int limit, Consumer<List<Export>> deleteObjects) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(deleteObjects, "deleteObjects");
        return ExpiredRows.purge(limit, max -> rows.claimExpired(now, max), ExportRows.Row::toExport, ExportRows.Row::id,
                rows::deleteClaimed, deleteObjects);
    }

    /** One {@code SELECT DISTINCT file_path ... WHERE file_path = ANY(?)} per 1,000 keys, through {@code idx_exports_file_path}. */
    @Override
    public Set<String> findExistingObjectKeys(Collection<String> objectKeys) {
        return ExpiredRows.referencedKeys(objectKeys, rows::findReferencedKeys);
    }
}
