package com.jobwise.export.adapters.rest.format;

/** OpenAPI examples of the format routes: the text-based exports, the formats list and the JSON Schema. */
public final class FormatExamples {
    /** The body of every export route. */
    public static final String EXPORT_REQUEST = """
            {
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "template": "modern",
              "options": {"anonymize": false},
              "filename": "John_Doe_Resume"
            }""";

    /** A txt export's creation response. */
    public static final String EXPORT_TXT_RESPONSE = """
            {
              "export_id": "dd0e8400-e29b-41d4-a716-446655440020",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "txt",
              "template": "modern",
              "filename": "John_Doe_Resume.txt",
              "file_size_bytes": 5112,
              "download_url": "/api/v1/exports/files/dd0e8400-e29b-41d4-a716-446655440020/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"word_count": 612, "line_count": 71, "processing_time_seconds": 0.004}
            }""";

    /** A md export's creation response. */
    public static final String EXPORT_MARKDOWN_RESPONSE = """
            {
              "export_id": "dd0e8400-e29b-41d4-a716-446655440021",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "md",
              "template": "modern",
              "filename": "John_Doe_Resume.md",
              "file_size_bytes": 5840,
              "download_url": "/api/v1/exports/files/dd0e8400-e29b-41d4-a716-446655440021/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"processing_time_seconds": 0.004}
            }""";

    /** A html export's creation response. */
    public static final String EXPORT_HTML_RESPONSE = """
            {
              "export_id": "dd0e8400-e29b-41d4-a716-446655440022",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "html",
              "template": "modern",
              "filename": "John_Doe_Resume.html",
              "file_size_bytes": 14230,
              "download_url": "/api/v1/exports/files/dd0e8400-e29b-41d4-a716-446655440022/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"processing_time_seconds": 0.004}
            }""";

    /** A json export's creation response. */
    public static final String EXPORT_JSON_RESPONSE = """
            {
              "export_id": "dd0e8400-e29b-41d4-a716-446655440023",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "json",
              "template": "modern",
              "filename": "John_Doe_Resume.json",
              "file_size_bytes": 7310,
              "download_url": "/api/v1/exports/files/dd0e8400-e29b-41d4-a716-446655440023/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"schema_version": "1.0", "processing_time_seconds": 0.004}
            }""";

    /** A csv export's creation response. */
    public static final String EXPORT_CSV_RESPONSE = """
            {
              "export_id": "dd0e8400-e29b-41d4-a716-446655440024",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "csv",
              "template": "modern",
              "filename": "John_Doe_Resume.csv",
              "file_size_bytes": 4987,
              "download_url": "/api/v1/exports/files/dd0e8400-e29b-41d4-a716-446655440024/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"row_count": 14, "processing_time_seconds": 0.004}
            }""";

    /** A tex export's creation response. */
    public static final String EXPORT_TEX_RESPONSE = """
            {
              "export_id": "dd0e8400-e29b-41d4-a716-446655440025",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "tex",
              "template": "modern",
              "filename": "John_Doe_Resume.tex",
              "file_size_bytes": 8460,
              "download_url": "/api/v1/exports/files/dd0e8400-e29b-41d4-a716-446655440025/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"processing_time_seconds": 0.004}
            }""";

    /** {@code GET /exports/formats}, shortened to two formats. */
    public static final String FORMAT_LIST_RESPONSE = """
            {
              "formats": [
                {
                  "format": "pdf",
                  "content_type": "application/pdf",
                  "extension": "pdf",
                  "description": "Print-ready PDF laid out by the template, fonts embedded, links active, the content attached as resume.json.",
                  "synchronous": true,
                  "route": "/api/v1/exports/pdf",
                  "options": ["font_family", "font_size", "accent_color", "line_spacing", "margins", "include_page_numbers", "header_style", "page_size", "primary_color", "secondary_color", "sidebar_width", "embed_source", "anonymize"]
                },
                {
                  "format": "json",
                  "content_type": "application/json",
                  "extension": "json",
                  "description": "The structured content plus export metadata (template, options, time), valid against the schema published at /api/v1/exports/formats/json/schema.",
                  "synchronous": true,
                  "route": "/api/v1/exports/json",
                  "options": ["anonymize"],
                  "schema_url": "/api/v1/exports/formats/json/schema"
                }
              ],
              "total": 2
            }""";

    /** The start of the JSON Schema document. */
    public static final String JSON_SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Export service JSON export, version 1.0",
              "type": "object",
              "required": ["schema_version", "export", "content"]
            }""";

    private FormatExamples() {
    }
}
