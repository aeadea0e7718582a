package com.jobwise.export.domain.export;

import java.util.Arrays;
import java.util.Optional;

/** File formats the service produces; {@link #wireName()} is the spec's {@code format} value. */
public enum ExportFormat {
    PDF("pdf", "pdf", "application/pdf"),
    DOCX("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ZIP("zip", "zip", "application/zip"),
    PNG("png", "png", "image/png"),
    /** A JSON Resume document (schema v1.0.0). */
    JSON_RESUME("json-resume", "json", "application/json"),
    /** Plain text for applicant tracking systems: headings in capitals, one line per bullet, no markup. */
    TXT("txt", "txt", "text/plain; charset=utf-8"),
    /** CommonMark. */
    MARKDOWN("md", "md", "text/markdown; charset=utf-8"),
    /** One standalone web page: styles inline, no script, no remote resource. */
    HTML("html", "html", "text/html; charset=utf-8"),
    /** The structured content plus export metadata (not JSON Resume: see {@link #JSON_RESUME}). */
    JSON("json", "json", "application/json"),
    /** One row per entry, RFC 4180, UTF-8 with a byte order mark. */
    CSV("csv", "csv", "text/csv; charset=utf-8"),
    /** LaTeX source that compiles with pdflatex. */
    TEX("tex", "tex", "application/x-tex");

    private final String wireName;
    private final String extension;
    private final String contentType;

    ExportFormat(String wireName, String extension, String contentType) {
        this.wireName = wireName;
        this.extension = extension;
        this.contentType = contentType;
    }

    public String wireName() {
        return wireName;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The MIME type served on download. */
    public String contentType() {
        return contentType;
    }

    /** Looks a format up by its wire name, case-insensitively. */
    public static Optional<ExportFormat> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
