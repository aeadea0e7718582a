package com.jobwise.export.adapters.rest.share;

import com.jobwise.export.domain.share.ShareAccess;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Body of {@code GET /exports/files/{export_id}/shares/{share_id}/access-log}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "ShareAccessLogResponse", description = "The newest 500 accesses of a share link, newest first")
public record ShareAccessLogResponse(List<Entry> entries) {

    /** One access. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ShareAccessLogEntry", description = "One access of a share link")
    public record Entry(
            Instant at,
            @Schema(description = "SHA-256 of the client's IP address, hex (the address is not stored)")
            String clientIpHash,
            String userAgent,
            @Schema(allowableValues = {"view", "download", "password_failed"}) String action) {
    }

    static ShareAccessLogResponse from(List<ShareAccess> log) {
        return new ShareAccessLogResponse(log.stream().map(a -> new Entry(a.at(), a.clientIpHash(), a.userAgent(),
                a.action().wireName())).toList());
    }
}
