package com.jobwise.export.adapters.rest.export;

import com.jobwise.export.application.export.ExportDocumentCommand;
import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.domain.export.ExportFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.Map;

/**
 * Body of {@code POST /exports/pdf} and {@code /exports/docx} (spec: "Request Schema").
 *
 * @param generationId required, the generation to export
 * @param template     template id, default {@code modern}
 * @param options      formatting options (spec: "Template Options"), default {}; also {@code embed_source}
 *                     (PDF carries its content as {@code resume.json}, default true) and {@code anonymize}
 *                     (initials, no contact details or links, default false), {@code language}
 *                     (en, fr, de, es, pt or pl: headings, dates and labels; default the content's, else en)
 *                     and {@code max_pages} (1-5, PDF: tightened within the template's limits to fit; the response's
 *                     {@code metadata.fit_to_pages} says what changed and {@code metadata.warnings} when it cannot fit)
 *                     and, PDF only, {@code pdf_standard} ({@code "pdf/ua-1"} or {@code "pdf/a-3a"}: a tagged PDF
 *                     meeting both, from the second engine)
 * @param filename     custom file name, default derived from the content
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ExportRequest(@Nullable String generationId, @Nullable String template,
                            @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @Nullable Map<String, Object> options, @Nullable String filename) {

    ExportDocumentCommand toCommand(CurrentUser user, ExportFormat format) {
        return new ExportDocumentCommand(user.id(), user.tier(), generationId, format, template, options, filename);
    }
}
