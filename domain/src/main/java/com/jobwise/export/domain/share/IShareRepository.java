package com.jobwise.export.domain.share;

import com.jobwise.export.domain.export.IExportRepository;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code shares} and {@code share_access_log} tables. Owner reads are scoped by {@link UserId} like
 * {@link IExportRepository}; the public side looks a link up by the SHA-256 of its token only.
 * A share outlives its export: when the export row is deleted, the share's {@code exportId} becomes
 * {@code null} (so its link answers 410, not 404). Throws {@link StorageUnavailableException} when the
 * database cannot be reached.
 */
public interface IShareRepository {

    /** Inserts a new share. */
    void save(Share share);

    /** The share whose token hashes to {@code tokenHash}, in any state (revoked, expired, export gone). */
    Optional<Share> findByTokenHash(String tokenHash);

    /** The share {@code id} of {@code userId}'s export {@code exportId}. */
    Optional<Share> findByIdAndUser(ShareId id, ExportId exportId, UserId userId);

    /** The shares of {@code userId}'s export {@code exportId}, newest first. */
    List<Share> findByExport(ExportId exportId, UserId userId);

    /** Sets {@code revoked_at} if not set yet; {@code false} when there is no such share for this user. */
    boolean revoke(ShareId id, UserId userId, Instant at);

    /**
     * Appends {@code access} to the log and, for a view, adds one to {@code view_count} and sets
     * {@code last_viewed_at}; for a download adds one to {@code download_count}. Atomic.
     */
    void recordAccess(ShareAccess access);

    /** The newest {@code limit} lines of the share's access log, newest first (empty for another user's share). */
    List<ShareAccess> findAccessLog(ShareId id, UserId userId, int limit);
}
