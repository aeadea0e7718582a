package com.jobwise.export.adapters.rest.preview;

import com.jobwise.export.domain.preview.Preview;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** Body of the preview answer (spec: "Preview Document with Template"). */
@Serdeable(naming = SnakeCaseStrategy.class)
public record PreviewResponse(String previewId, String generationId, String template, String previewUrl,
                              String previewFormat, String expiresAt, String createdAt) {

    static PreviewResponse from(Preview p) {
        return new PreviewResponse(p.id().toString(), p.generationId().value(), p.template(),
                "/api/v1/exports/previews/" + p.id() + ".png", "png", p.expiresAt().toString(),
                p.createdAt().toString());
    }
}
