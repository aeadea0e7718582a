package com.jobwise.export.application.share;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.share.Share;
import com.jobwise.export.domain.share.ShareId;

import java.time.Clock;

/** Revokes one of the caller's share links; its URL answers 410 from then on. Idempotent; 404 for others. */
public final class RevokeShare {
    private final IShareRepository shares;
    private final Clock clock;

    public RevokeShare(IShareRepository shares, Clock clock) {
        this.shares = shares;
        this.clock = clock;
    }

    public void execute(UserId userId, String exportId, String shareId) {
        Share share = OwnedShares.find(shares, userId, exportId, shareId);
        shares.revoke(share.id(), userId, clock.instant());
    }
}
