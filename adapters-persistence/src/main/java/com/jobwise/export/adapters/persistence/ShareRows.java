package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.share.Share;
import com.jobwise.export.domain.share.ShareAccess;
import com.jobwise.export.domain.share.ShareAction;
import com.jobwise.export.domain.share.ShareId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code shares} table and its {@code share_access_log} (migration V7). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShareRows extends GenericRepository<ShareRows.Row, String> {

    /** A row of {@code shares}; {@code export_id} is {@code NULL} once the export is gone. */
    @MappedEntity("shares")
    record Row(@Id String id, String tokenHash, @Nullable String exportId, String userId,
               @Nullable String passwordHash, boolean allowDownload, Instant expiresAt, Instant createdAt,
               @Nullable Instant revokedAt, long viewCount, long downloadCount, @Nullable Instant lastViewedAt) {

        static Row of(Share s) {
            return new Row(s.id().toString(), s.tokenHash(), s.exportId() == null ? null : s.exportId().toString(),
                    s.userId().value(), s.passwordHash(), s.allowDownload(), s.expiresAt(), s.createdAt(),
                    s.revokedAt(), s.viewCount(), s.downloadCount(), s.lastViewedAt());
        }

        Share toShare() {
            return new Share(new ShareId(UUID.fromString(id)), tokenHash,
                    exportId == null ? null : new ExportId(UUID.fromString(exportId)), new UserId(userId),
                    passwordHash, allowDownload, expiresAt, createdAt, revokedAt, viewCount, downloadCount,
                    lastViewedAt);
        }
    }

    /** A line of {@code share_access_log}. */
    @MappedEntity("share_access_log")
    record AccessRow(@Id Long id, String shareId, Instant accessedAt, String clientIpHash, String userAgent,
                     String action) {

        ShareAccess toAccess() {
            return new ShareAccess(new ShareId(UUID.fromString(shareId)), accessedAt, clientIpHash, userAgent,
                    ShareAction.fromWireName(action));
        }
    }

    Row save(Row row);

    Optional<Row> findByTokenHash(String tokenHash);

    Optional<Row> findByIdAndExportIdAndUserId(String id, String exportId, String userId);

    @Query("SELECT * FROM shares WHERE export_id = :exportId AND user_id = :userId ORDER BY created_at DESC, id")
    List<Row> findByExport(String exportId, String userId);

    @Query("SELECT COUNT(*) FROM shares WHERE id = :id AND user_id = :userId")
    long countOwned(String id, String userId);

    @Query("SELECT COUNT(*) FROM shares WHERE id = :id")
    long countOwnedAnyUser(String id);

    @Query("UPDATE shares SET revoked_at = :at WHERE id = :id AND user_id = :userId AND revoked_at IS NULL")
    int revoke(String id, String userId, Instant at);

    @Query("UPDATE shares SET view_count = view_count + 1, last_viewed_at = :at WHERE id = :id")
    int countView(String id, Instant at);

    @Query("UPDATE shares SET download_count = download_count + 1 WHERE id = :id")
    int countDownload(String id);

    @Query("INSERT INTO share_access_log (share_id, accessed_at, client_ip_hash, user_agent, action) "
            + "VALUES (:shareId, :at, :clientIpHash, :userAgent, :action)")
    int insertAccess(String shareId, Instant at, String clientIpHash, String userAgent, String action);

    @Query("SELECT l.* FROM share_access_log l JOIN shares s ON s.id = l.share_id "
            + "WHERE l.share_id = :shareId AND s.user_id = :userId ORDER BY l.accessed_at DESC, l.id DESC LIMIT :limit")
    List<AccessRow> findAccessLog(String shareId, String userId, int limit);
}
