package com.jobwise.export.application.share;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.account.IPasswordHasher;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.share.Share;
import com.jobwise.export.domain.share.ShareId;
import com.jobwise.export.domain.share.ShareTokens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Creates a public link to one of the caller's exports. The token is 256 bits from {@link SecureRandom},
 * returned once and stored only as its SHA-256. The link ends with the export at the latest.
 *
 * <p>Errors: {@code ExportNotFoundException} (404, also another user's export), {@code ExportExpiredException}
 * (410), {@code InvalidOptionException} (422: {@code expires_in} not positive, {@code password} empty or longer
 * than 72 bytes, bcrypt's limit).
 */
public final class CreateShare {
    static final int MAX_PASSWORD_BYTES = 72;

    private final IExportRepository exports;
    private final IShareRepository shares;
    private final IPasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random;

    public CreateShare(IExportRepository exports, IShareRepository shares, IPasswordHasher hasher, Clock clock,
                       SecureRandom random) {
        this.exports = exports;
        this.shares = shares;
        this.hasher = hasher;
        this.clock = clock;
        this.random = random;
    }

    public CreatedShare execute(CreateShareCommand command) {
        Export export = ExportId.parse(command.exportId()).flatMap(id -> exports.findByIdAndUser(id, command.userId()))
                .orElseThrow(() -> new ExportNotFoundException("Export file not found"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (export.isExpiredAt(now)) {
            throw new ExportExpiredException();
        }
        Instant expiresAt = export.expiresAt();
        if (command.expiresInSeconds() != null) {
            if (command.expiresInSeconds() < 1) {
                throw new InvalidOptionException("expires_in", "expires_in must be a positive number of seconds");
            }
            if (command.expiresInSeconds() < ChronoUnit.SECONDS.between(now, expiresAt)) {
                expiresAt = now.plusSeconds(command.expiresInSeconds());
            }
        }
        String passwordHash = null;
        if (command.password() != null) {
            int bytes = command.password().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (command.password().isEmpty() || bytes > MAX_PASSWORD_BYTES) {
                throw new InvalidOptionException("password", "password must be 1 to 72 bytes long");
            }
            passwordHash = hasher.hash(command.password());
        }
        String token = ShareTokens.newToken(random);
        Share share = Share.create(ShareId.newId(), ShareTokens.hash(token), export.id(), command.userId(),
                passwordHash, command.allowDownload() == null || command.allowDownload(), expiresAt, now);
        shares.save(share);
        return new CreatedShare(share, token);
    }
}
