package com.jobwise.export.domain.export;

import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;

import com.jobwise.export.domain.error.QuotaExceededException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code exports} table. Every read and write a user triggers is scoped by {@link UserId}:
 * another user's export is indistinguishable from a missing one. Throws
 * {@link StorageUnavailableException} when the database cannot be reached.
 */
public interface IExportRepository {

    /** Inserts a new export row. */
    void save(Export export);

    /**
     * Inserts a new export row only if the user's live exports (not expired at {@code now}) plus this
     * one stay within {@code limitBytes}. Atomic per user: concurrent calls never take a user over the
     * limit, on one instance or many.
     *
     * @throws QuotaExceededException with the bytes used and the limit; nothing is inserted
     */
    void saveWithinQuota(Export export, long limitBytes, Instant now);

    /** The export with {@code id} owned by {@code userId}, expired or not. */
    Optional<Export> findByIdAndUser(ExportId id, UserId userId);

    /** One page of the user's exports, newest first, with the total matching {@code query}. */
    ExportPage findByUser(UserId userId, ExportQuery query);

    /** Deletes the row; {@code false} when there was none for this user. */
    boolean delete(ExportId id, UserId userId);

    /** Adds one to {@code download_count} atomically; {@code false} when there is no such row. */
    boolean incrementDownloadCount(ExportId id, UserId userId);

    /** Sum of {@code file_size_bytes} over the user's exports not expired at {@code now}. */
    long totalSizeBytes(UserId userId, Instant now);

    /**
     * Cleanup of one batch: claims up to {@code limit} rows of any user whose {@code expires_at} is at or
     * before {@code now} and that no other caller has claimed (PostgreSQL: {@code FOR UPDATE SKIP
     * LOCKED}), hands them to {@code deleteObjects} (which deletes their objects), then deletes the rows
     * and commits. If {@code deleteObjects} throws, the rows stay and the exception propagates, so a
     * crash never leaves a row without its object being retried. Two callers never get the same row.
     *
     * @return how many rows were deleted (0 when nothing is left)
     */
    int purgeExpired(Instant now, int limit, Consumer<List<Export>> deleteObjects);

    /** Which of {@code objectKeys} some row ({@code file_path}) still references, of any user. */
    Set<String> findExistingObjectKeys(Collection<String> objectKeys);
}
