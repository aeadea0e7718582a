package com.jobwise.export.domain.port;

import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code exports} table. Every read and write a user triggers is scoped by {@link UserId}:
 * another user's export is indistinguishable from a missing one. Throws
 * {@link StorageUnavailableException} when the database cannot be reached.
 */
public interface IExportRepository {

    /** Inserts a new export row. */
    void save(Export export);

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

    /** Up to {@code limit} exports of any user whose {@code expires_at} is at or before {@code now}, oldest first. */
    List<Export> findExpired(Instant now, int limit);

    /** Deletes rows by id whoever owns them (cleanup only); returns how many were deleted. */
    int deleteAll(List<ExportId> ids);
}
