package com.jobwise.export.domain.format;

import com.jobwise.export.domain.export.ExportFormat;

import java.util.List;
import java.util.Optional;

/**
 * The formats a client can ask for, as {@code GET /api/v1/exports/formats} lists them: each with its content
 * type and extension (from {@link ExportFormat}), a description, whether a synchronous route
 * ({@code POST /api/v1/exports/{format}}) produces it or only export jobs do, and the request options it
 * honours. ZIP (a batch's package) and PNG (previews) are not export formats a client chooses.
 */
public final class FormatCatalog {
    /** Classpath resource of the JSON Schema (draft 2020-12) every {@code json} export validates against. */
    public static final String JSON_SCHEMA_RESOURCE = "/formats/export-document-v1.schema.json";
    /** The {@code schema_version} a {@code json} export carries. */
    public static final String JSON_SCHEMA_VERSION = "1.0";
    /** Where the service publishes that schema. */
    public static final String JSON_SCHEMA_PATH = "/api/v1/exports/formats/json/schema";

    private static final List<String> LAYOUT = List.of("font_family", "font_size", "accent_color", "line_spacing",
            "margins", "include_page_numbers", "header_style", "page_size", "primary_color", "secondary_color",
            "sidebar_width");

    /**
     * One format.
     *
     * @param format      the format
     * @param description what the file is and who it is for
     * @param synchronous {@code true} when {@code POST /api/v1/exports/{wire name}} produces it; {@code false}
     *                    when only export jobs do
     * @param options     the request options that change the file (besides the template, which every format
     *                    records); a format ignores the others silently, except the DOCX-only options, which
     *                    other formats refuse with 422
     */
    public record Format(ExportFormat format, String description, boolean synchronous, List<String> options) {
        public Format {
            options = List.copyOf(options);
        }
    }

    private static final List<Format> ALL = List.of(
            new Format(ExportFormat.PDF, "Print-ready PDF laid out by the template, fonts embedded, links active, "
                    + "the content attached as resume.json.", true, concat(LAYOUT, "embed_source", "anonymize")),
            new Format(ExportFormat.DOCX, "Editable Word document in the template's look, with optional editing "
                    + "comments, content controls and track changes.", true,
                    concat(LAYOUT, "include_comments", "editable_fields", "enable_track_changes",
                            "document_properties", "anonymize")),
            new Format(ExportFormat.JSON_RESUME, "A JSON Resume document (schema v1.0.0) for jsonresume.org themes "
                    + "and other tools.", true, List.of("anonymize")),
            new Format(ExportFormat.TXT, "Plain UTF-8 text for applicant tracking systems: headings in capitals, "
                    + "one line per bullet, no markup. line_spacing of 1.5 or more double-spaces it.", true,
                    List.of("line_spacing", "anonymize")),
            new Format(ExportFormat.MARKDOWN, "CommonMark for READMEs, wikis and editors; user text escaped so it "
                    + "renders as written. line_spacing of 1.5 or more writes loose lists.", true,
                    List.of("line_spacing", "anonymize")),
            new Format(ExportFormat.HTML, "One standalone, responsive web page in the template's look for a "
                    + "portfolio: styles inline, system fonts, no script, no remote resource; prints like the PDF.",
                    true, concat(LAYOUT, "anonymize")),
            new Format(ExportFormat.JSON, "The structured content plus export metadata (template, options, time), "
                    + "valid against the schema published at " + JSON_SCHEMA_PATH + ".", true,
                    List.of("anonymize")),
            new Format(ExportFormat.CSV, "A spreadsheet with one row per entry (section, title, organisation, "
                    + "location, start, end, description, bullets): RFC 4180, UTF-8 with BOM, formulas "
                    + "neutralised.", true, List.of("anonymize")),
            new Format(ExportFormat.TEX, "LaTeX source in a classic look that compiles with pdflatex (and on "
                    + "Overleaf) unchanged; every special character escaped.", true,
                    List.of("font_family", "font_size", "accent_color", "line_spacing", "margins",
                            "include_page_numbers", "header_style", "page_size", "anonymize")));

    private FormatCatalog() {
    }

    /** Every format a client can choose, in a stable order. */
    public static List<Format> all() {
        return ALL;
    }

    /** The entry of {@code format}, if a client can choose it. */
    public static Optional<Format> of(ExportFormat format) {
        return ALL.stream().filter(f -> f.format() == format).findFirst();
    }

    private static List<String> concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toList();
    }
}
