package com.jobwise.export.adapters.rest.share;

import com.jobwise.export.application.share.CreatedShare;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Base64;

/** Body of the 201 answer to {@code POST /exports/files/{export_id}/shares}: the only time the URL is shown. */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "ShareCreatedResponse", description = "A new share link")
public record ShareCreatedResponse(
        @Schema(description = "The share's id (for listing, revoking, the access log)") String shareId,
        @Schema(description = "The public URL; its token is shown only here") String url,
        @Schema(description = "PNG of a QR code of the URL, base64") String qrCodePngBase64,
        @Schema(description = "When the link stops working") Instant expiresAt,
        @Schema(description = "Whether visitors may download the file") boolean allowDownload,
        @Schema(description = "Whether visitors must enter a password") boolean passwordProtected) {

    static ShareCreatedResponse from(CreatedShare created, String url) {
        return new ShareCreatedResponse(created.share().id().toString(), url,
                Base64.getEncoder().encodeToString(QrCodes.png(url)), created.share().expiresAt(),
                created.share().allowDownload(), created.share().hasPassword());
    }
}
