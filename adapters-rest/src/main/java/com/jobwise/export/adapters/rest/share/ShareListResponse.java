package com.jobwise.export.adapters.rest.share;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Body of {@code GET /exports/files/{export_id}/shares}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "ShareListResponse", description = "An export's share links, newest first")
public record ShareListResponse(List<ShareResponse> shares) {
}
