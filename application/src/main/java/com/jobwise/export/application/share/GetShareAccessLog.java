package com.jobwise.export.application.share;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.share.Share;
import com.jobwise.export.domain.share.ShareAccess;

import java.util.List;

/** The newest lines of one of the caller's share links' access log (404 for another user's link). */
public final class GetShareAccessLog {
    /** Most lines returned. */
    public static final int LIMIT = 500;

    private final IShareRepository shares;

    public GetShareAccessLog(IShareRepository shares) {
        this.shares = shares;
    }

    public List<ShareAccess> execute(UserId userId, String exportId, String shareId) {
        Share share = OwnedShares.find(shares, userId, exportId, shareId);
        return shares.findAccessLog(share.id(), userId, LIMIT);
    }
}
