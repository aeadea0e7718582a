package com.jobwise.export.domain.share;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Thread-safe in-memory {@link IShareRepository} for tests of the core. It knows no exports table, so
 * {@link #exportDeleted} plays the database's {@code ON DELETE SET NULL}.
 */
public class InMemoryShareRepository implements IShareRepository {
    private final Map<ShareId, Share> rows = new LinkedHashMap<>();
    private final List<ShareAccess> log = new ArrayList<>();

    @Override
    public synchronized void save(Share share) {
        if (rows.containsKey(share.id()) || rows.values().stream().anyMatch(s -> s.tokenHash().equals(share.tokenHash()))) {
            throw new IllegalStateException("duplicate share " + share.id());
        }
        rows.put(share.id(), share);
    }

    @Override
    public synchronized Optional<Share> findByTokenHash(String tokenHash) {
        return rows.values().stream().filter(s -> s.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized Optional<Share> findByIdAndUser(ShareId id, ExportId exportId, UserId userId) {
        return Optional.ofNullable(rows.get(id)).filter(s -> s.userId().equals(userId) && exportId.equals(s.exportId()));
    }

    @Override
    public synchronized List<Share> findByExport(ExportId exportId, UserId userId) {
        return rows.values().stream().filter(s -> s.userId().equals(userId) && exportId.equals(s.exportId()))
                .sorted(Comparator.comparing(Share::createdAt).reversed()).toList();
    }

    @Override
    public synchronized boolean revoke(ShareId id, UserId userId, Instant at) {
        Share s = rows.get(id);
        if (s == null || !s.userId().equals(userId)) {
            return false;
        }
        if (s.revokedAt() == null) {
            rows.put(id, new Share(s.id(), s.tokenHash(), s.exportId(), s.userId(), s.passwordHash(), s.allowDownload(),
                    s.expiresAt(), s.createdAt(), at, s.viewCount(), s.downloadCount(), s.lastViewedAt()));
        }
        return true;
    }

    @Override
    public synchronized void recordAccess(ShareAccess access) {
        Share s = rows.get(access.shareId());
        if (s == null) {
            return;
        }
        log.add(access);
        boolean view = access.action() == ShareAction.VIEW;
        boolean download = access.action() == ShareAction.DOWNLOAD;
        rows.put(s.id(), new Share(s.id(), s.tokenHash(), s.exportId(), s.userId(), s.passwordHash(), s.allowDownload(),
                s.expiresAt(), s.createdAt(), s.revokedAt(), s.viewCount() + (view ? 1 : 0),
                s.downloadCount() + (download ? 1 : 0), view ? access.at() : s.lastViewedAt()));
    }

    @Override
    public synchronized List<ShareAccess> findAccessLog(ShareId id, UserId userId, int limit) {
        Share s = rows.get(id);
        if (s == null || !s.userId().equals(userId)) {
            return List.of();
        }
        return log.stream().filter(a -> a.shareId().equals(id))
                .sorted(Comparator.comparing(ShareAccess::at).reversed()).limit(limit).toList();
    }

    /** What the database does when the export row goes: the shares stay, without their export. */
    public synchronized void exportDeleted(ExportId exportId) {
        rows.replaceAll((id, s) -> exportId.equals(s.exportId()) ? new Share(s.id(), s.tokenHash(), null, s.userId(),
                s.passwordHash(), s.allowDownload(), s.expiresAt(), s.createdAt(), s.revokedAt(), s.viewCount(),
                s.downloadCount(), s.lastViewedAt()) : s);
    }
}
