package com.jobwise.export.adapters.rest.share;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.jobwise.export.domain.share.Share;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One share link of an export as its owner sees it (never its token or URL); unset times are {@code null}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ShareResponse", description = "A share link and its counters")
public record ShareResponse(
        String shareId,
        String exportId,
        Instant createdAt,
        Instant expiresAt,
        @Nullable @Schema(nullable = true, description = "When the owner revoked it") Instant revokedAt,
        boolean allowDownload,
        boolean passwordProtected,
        long viewCount,
        long downloadCount,
        @Nullable @Schema(nullable = true, description = "The last view") Instant lastViewedAt) {

    static ShareResponse from(Share share) {
        return new ShareResponse(share.id().toString(), share.exportId() == null ? null : share.exportId().toString(),
                share.createdAt(), share.expiresAt(), share.revokedAt(), share.allowDownload(), share.hasPassword(),
                share.viewCount(), share.downloadCount(), share.lastViewedAt());
    }
}
