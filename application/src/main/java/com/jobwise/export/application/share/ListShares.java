package com.jobwise.export.application.share;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.share.Share;

import java.util.List;

/** The share links of one of the caller's exports, newest first (404 for another user's export). */
public final class ListShares {
    private final IExportRepository exports;
    private final IShareRepository shares;

    public ListShares(IExportRepository exports, IShareRepository shares) {
        this.exports = exports;
        this.shares = shares;
    }

    public List<Share> execute(UserId userId, String exportId) {
        Export export = ExportId.parse(exportId).flatMap(id -> exports.findByIdAndUser(id, userId))
                .orElseThrow(() -> new ExportNotFoundException("Export file not found"));
        return shares.findByExport(export.id(), userId);
    }
}
