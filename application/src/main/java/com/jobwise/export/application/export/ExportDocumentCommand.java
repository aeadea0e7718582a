package com.jobwise.export.application.export;

import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;

import java.util.Map;
import java.util.Objects;

/**
 * Export one generation to one file (spec: {@code POST /exports/pdf} and {@code /exports/docx}).
 *
 * @param template  template id; {@code null} means the default ({@code modern})
 * @param options   the request's {@code options} object as a JSON tree; may be {@code null}
 * @param filename  the client's wished file name; {@code null} to derive one from the content
 */
public record ExportDocumentCommand(
        UserId userId,
        Tier tier,
        String generationId,
        ExportFormat format,
        String template,
        Map<String, Object> options,
        String filename) {

    public ExportDocumentCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(format, "format");
        tier = tier == null ? Tier.FREE : tier;
        options = options == null ? Map.of() : options;
    }
}
