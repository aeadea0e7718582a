package com.jobwise.export.application.share;

import com.jobwise.export.domain.account.UserId;

/**
 * @param expiresInSeconds lifetime of the link; {@code null} for the export's own expiry (never later than it)
 * @param password         {@code null} for a link without password
 * @param allowDownload    {@code null} for the default, {@code true}
 */
public record CreateShareCommand(UserId userId, String exportId, Long expiresInSeconds, String password,
                                 Boolean allowDownload) {
}
