package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.share.Share;
import com.jobwise.export.domain.share.ShareAccess;
import com.jobwise.export.domain.share.ShareId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IShareRepository} on the {@code shares} and {@code share_access_log} tables (migration V7). The
 * foreign key on {@code exports} is {@code ON DELETE SET NULL}: a deleted or purged export leaves its shares
 * without export, so their links answer 410.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link ExportNotFoundException} when {@link #save} names an export that does not exist;
 * {@link IllegalStateException} for a duplicate id or token hash.
 */
@Singleton
@Requires(property = "datasources.default.url")
@TranslateSqlErrors(missingParent = ExportNotFoundException.class)
public class JdbcShareRepository implements IShareRepository {
    private final ShareRows rows;

    JdbcShareRepository(ShareRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Share share) {
        rows.save(ShareRows.Row.of(Objects.requireNonNull(share, "share")));
    }

    @Override
    public Optional<Share> findByTokenHash(String tokenHash) {
        return rows.findByTokenHash(tokenHash).map(ShareRows.Row::toShare);
    }

    @Override
    public Optional<Share> findByIdAndUser(ShareId id, ExportId exportId, UserId userId) {
        return rows.findByIdAndExportIdAndUserId(id.toString(), exportId.toString(), userId.value())
                .map(ShareRows.Row::toShare);
    }

    @Override
    public List<Share> findByExport(ExportId exportId, UserId userId) {
        return rows.findByExport(exportId.toString(), userId.value()).stream().map(ShareRows.Row::toShare).toList();
    }

    @Override
    @Transactional
    public boolean revoke(ShareId id, UserId userId, Instant at) {
        rows.revoke(id.toString(), userId.value(), at);
        return rows.countOwned(id.toString(), userId.value()) > 0;
    }

    @Override
    @Transactional
    public void recordAccess(ShareAccess access) {
        String id = access.shareId().toString();
        int updated = switch (access.action()) {
            case VIEW -> rows.countView(id, access.at());
            case DOWNLOAD -> rows.countDownload(id);
            case PASSWORD_FAILED -> (int) rows.countOwnedAnyUser(id);
        };
        if (updated > 0) {
            rows.insertAccess(id, access.at(), access.clientIpHash(), access.userAgent(), access.action().wireName());
        }
    }

    @Override
    public List<ShareAccess> findAccessLog(ShareId id, UserId userId, int limit) {
        return rows.findAccessLog(id.toString(), userId.value(), limit).stream().map(ShareRows.AccessRow::toAccess)
                .toList();
    }
}
