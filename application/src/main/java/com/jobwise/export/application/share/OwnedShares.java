package com.jobwise.export.application.share;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.share.Share;
import com.jobwise.export.domain.share.ShareId;

/** Looks up a share by export id, share id AND owner: anything else is the same 404. */
final class OwnedShares {
    private OwnedShares() {
    }

    static Share find(IShareRepository shares, UserId userId, String exportId, String shareId) {
        return ExportId.parse(exportId).flatMap(export -> ShareId.parse(shareId)
                        .flatMap(id -> shares.findByIdAndUser(id, export, userId)))
                .orElseThrow(ShareErrors::notFound);
    }
}
