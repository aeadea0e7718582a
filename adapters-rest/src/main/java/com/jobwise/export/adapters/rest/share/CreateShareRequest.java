package com.jobwise.export.adapters.rest.share;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /exports/files/{export_id}/shares}; every field is optional. */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "CreateShareRequest", description = "Options of a new share link")
public record CreateShareRequest(
        @Nullable @Schema(description = "Lifetime in seconds; default and maximum: until the export expires",
                minimum = "1", example = "604800", nullable = true) Long expiresIn,
        @Nullable @Schema(description = "Password visitors must enter (1 to 72 bytes), stored as a bcrypt hash",
                example = "correct horse", nullable = true) String password,
        @Nullable @Schema(description = "Whether visitors may download the file", defaultValue = "true",
                example = "true", nullable = true) Boolean allowDownload) {
}
