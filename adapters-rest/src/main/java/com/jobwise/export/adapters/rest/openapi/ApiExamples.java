package com.jobwise.export.adapters.rest.openapi;

/**
 * The examples of the OpenAPI document, as compile-time constants the annotations can use. Values follow the
 * API spec (export-api.md); error bodies are the problem+json documents the service answers.
 */
public final class ApiExamples {
    private ApiExamples() {
    }

    public static final String GENERATION_ID = "990e8400-e29b-41d4-a716-446655440004";
    public static final String EXPORT_ID = "bb0e8400-e29b-41d4-a716-446655440006";
    public static final String IDEMPOTENCY_KEY = "2f1c7e0a-5b7d-4d1e-9a43-8c0f6f1d2b11";

    // ---- requests ----

    public static final String EXPORT_PDF_REQUEST = """
            {
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "template": "modern",
              "options": {
                "font_family": "Helvetica",
                "font_size": 11,
                "accent_color": "#2563EB",
                "line_spacing": 1.15,
                "margins": {"top": 0.75, "bottom": 0.75, "left": 0.75, "right": 0.75},
                "include_page_numbers": false,
                "header_style": "bold"
              },
              "filename": "John_Doe_Resume_TechCorp_2025.pdf"
            }""";

    public static final String EXPORT_DOCX_REQUEST = """
            {
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "template": "classic",
              "options": {
                "font_family": "Times New Roman",
                "font_size": 12,
                "include_comments": true,
                "editable_fields": ["contact_info", "professional_summary"]
              },
              "filename": "John_Doe_Resume_TechCorp.docx"
            }""";

    public static final String BATCH_REQUEST = """
            {
              "exports": [
                {"generation_id": "990e8400-e29b-41d4-a716-446655440004", "format": "pdf", "template": "modern",
                 "filename": "John_Doe_Resume_TechCorp.pdf"},
                {"generation_id": "aa0e8400-e29b-41d4-a716-446655440005", "format": "docx", "template": "classic",
                 "filename": "John_Doe_CoverLetter_TechCorp.docx"}
              ],
              "create_zip": true,
              "zip_filename": "TechCorp_Application_Package.zip"
            }""";

    public static final String PREVIEW_REQUEST = """
            {
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "template": "modern",
              "options": {"accent_color": "#DC2626", "font_size": 12}
            }""";

    public static final String GENERATION_REQUEST = """
            {
              "document_type": "resume",
              "content_structured": {
                "header": {"name": "John Doe", "email": "john.doe@example.com", "title": "Senior Engineer"},
                "sections": [
                  {"type": "professional_summary", "content": "Backend engineer with 8 years of experience."},
                  {"type": "skills", "categories": [{"name": "Technical Skills", "items": ["Java", "PostgreSQL"]}]}
                ]
              }
            }""";

    // ---- responses ----

    public static final String EXPORT_PDF_RESPONSE = """
            {
              "export_id": "bb0e8400-e29b-41d4-a716-446655440006",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "pdf",
              "template": "modern",
              "filename": "John_Doe_Resume_TechCorp_2025.pdf",
              "file_size_bytes": 87432,
              "page_count": 2,
              "download_url": "/api/v1/exports/files/bb0e8400-e29b-41d4-a716-446655440006/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"ats_score": 88.5, "processing_time_seconds": 1.2,
                           "fit_to_pages": {"max_pages": 2, "pages": 2, "fits": true,
                                            "changed": {"line_spacing": {"from": 1.15, "to": 1.05}}}}
            }""";

    public static final String EXPORT_DOCX_RESPONSE = """
            {
              "export_id": "cc0e8400-e29b-41d4-a716-446655440007",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "docx",
              "template": "classic",
              "filename": "John_Doe_Resume_TechCorp.docx",
              "file_size_bytes": 45218,
              "download_url": "/api/v1/exports/files/cc0e8400-e29b-41d4-a716-446655440007/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"word_count": 487, "editable_sections": ["contact_info", "professional_summary"]}
            }""";

    public static final String EXPORT_JSON_RESUME_REQUEST = """
            {"generation_id": "990e8400-e29b-41d4-a716-446655440004", "template": "modern",
             "filename": "John_Doe_Resume.json"}""";

    public static final String EXPORT_JSON_RESUME_RESPONSE = """
            {
              "export_id": "cd0e8400-e29b-41d4-a716-44665544000c",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "format": "json-resume",
              "template": "modern",
              "filename": "John_Doe_Resume.json",
              "file_size_bytes": 2417,
              "download_url": "/api/v1/exports/files/cd0e8400-e29b-41d4-a716-44665544000c/download",
              "expires_at": "2025-12-15T10:30:00Z",
              "created_at": "2025-11-15T10:30:00Z",
              "metadata": {"schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"}
            }""";

    public static final String GENERATION_JSON_RESUME_REQUEST = """
            {
              "json_resume": {
                "basics": {
                  "name": "John Doe", "label": "Senior Engineer", "email": "john.doe@example.com",
                  "image": "https://example.com/john.jpg",
                  "summary": "Backend engineer with 8 years of experience.",
                  "profiles": [{"network": "GitHub", "username": "johndoe", "url": "https://github.com/johndoe"}]
                },
                "skills": [{"name": "Technical Skills", "level": "Senior", "keywords": ["Java", "PostgreSQL"]}]
              }
            }""";

    public static final String GENERATION_JSON_RESUME_RESPONSE = """
            {
              "id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "content_structured": {
                "header": {"name": "John Doe", "title": "Senior Engineer", "email": "john.doe@example.com",
                           "github": "https://github.com/johndoe"},
                "sections": [
                  {"type": "professional_summary", "content": "Backend engineer with 8 years of experience."},
                  {"type": "skills", "categories": [{"name": "Technical Skills", "items": ["Java", "PostgreSQL"]}]}
                ]
              },
              "created_at": "2025-11-15T10:20:00Z",
              "unmapped": ["/basics/image", "/skills/0/level"]
            }""";

    public static final String BATCH_RESPONSE = """
            {
              "batch_id": "dd0e8400-e29b-41d4-a716-446655440008",
              "total_exports": 2,
              "successful": 1,
              "failed": 1,
              "exports": [
                {"export_id": "ee0e8400-e29b-41d4-a716-446655440009",
                 "generation_id": "990e8400-e29b-41d4-a716-446655440004", "status": "completed",
                 "filename": "John_Doe_Resume_TechCorp.pdf", "file_size_bytes": 87432,
                 "download_url": "/api/v1/exports/files/ee0e8400-e29b-41d4-a716-446655440009/download"},
                {"generation_id": "aa0e8400-e29b-41d4-a716-446655440005", "status": "failed",
                 "detail": "Generation not found or does not belong to user"}
              ],
              "zip_file": {
                "export_id": "ab0e8400-e29b-41d4-a716-44665544000b",
                "filename": "TechCorp_Application_Package.zip",
                "file_size_bytes": 86120,
                "download_url": "/api/v1/exports/files/ab0e8400-e29b-41d4-a716-44665544000b/download"
              },
              "created_at": "2025-11-15T10:35:00Z"
            }""";

    public static final String PREVIEW_RESPONSE = """
            {
              "preview_id": "c10e8400-e29b-41d4-a716-44665544000c",
              "generation_id": "990e8400-e29b-41d4-a716-446655440004",
              "template": "modern",
              "preview_url": "/api/v1/exports/previews/c10e8400-e29b-41d4-a716-44665544000c.png",
              "preview_format": "png",
              "expires_at": "2025-11-15T11:30:00Z",
              "created_at": "2025-11-15T10:30:00Z"
            }""";

    public static final String EXPORT_LIST_RESPONSE = """
            {
              "files": [
                {
                  "export_id": "bb0e8400-e29b-41d4-a716-446655440006",
                  "generation_id": "990e8400-e29b-41d4-a716-446655440004",
                  "document_type": "resume",
                  "format": "pdf",
                  "template": "modern",
                  "filename": "John_Doe_Resume_TechCorp_2025.pdf",
                  "file_size_bytes": 87432,
                  "page_count": 2,
                  "download_url": "/api/v1/exports/files/bb0e8400-e29b-41d4-a716-446655440006/download",
                  "expires_at": "2025-12-15T10:30:00Z",
                  "created_at": "2025-11-15T10:30:00Z"
                }
              ],
              "total": 1,
              "pagination": {"limit": 20, "offset": 0, "total": 1, "hasMore": false},
              "storage_used_bytes": 87432,
              "storage_limit_bytes": 104857600
            }""";

    public static final String GENERATION_RESPONSE = """
            {
              "id": "990e8400-e29b-41d4-a716-446655440004",
              "document_type": "resume",
              "content_structured": {
                "header": {"name": "John Doe", "email": "john.doe@example.com", "title": "Senior Engineer"},
                "sections": [
                  {"type": "professional_summary", "content": "Backend engineer with 8 years of experience."},
                  {"type": "skills", "categories": [{"name": "Technical Skills", "items": ["Java", "PostgreSQL"]}]}
                ]
              },
              "created_at": "2025-11-15T10:20:00Z"
            }""";

    public static final String TEMPLATE_LIST_RESPONSE = """
            {
              "templates": [
                {
                  "id": "modern",
                  "name": "Modern",
                  "description": "Clean, minimalist design with accent colors",
                  "best_for": ["Tech", "Startups", "Creative Industries"],
                  "ats_score": 85,
                  "preview_url": "/api/v1/exports/templates/modern/preview.png",
                  "features": ["Two-column layout", "Accent color headers", "Sans-serif fonts", "Clean section dividers"],
                  "customizable_options": ["accent_color", "font_family", "font_size", "line_spacing"]
                }
              ],
              "total": 1
            }""";

    public static final String TEMPLATE_DETAIL_RESPONSE = """
            {
              "id": "modern",
              "name": "Modern",
              "description": "Clean, minimalist design with accent colors",
              "version": "1.0",
              "ats_score": 85,
              "preview_url": "/api/v1/exports/templates/modern/preview.png",
              "sample_pdf_url": "/api/v1/exports/templates/modern/sample.pdf",
              "features": {
                "layout": "two-column",
                "fonts": ["Helvetica", "Arial"],
                "colors": ["Custom accent color", "Black text"],
                "sections": ["Contact Info (header)", "Professional Summary", "Work Experience", "Education",
                             "Skills (sidebar)", "Projects"]
              },
              "default_options": {
                "font_family": "Helvetica",
                "font_size": 11,
                "accent_color": "#2563EB",
                "line_spacing": 1.15,
                "margins": {"top": 0.75, "bottom": 0.75, "left": 0.75, "right": 0.75},
                "embed_source": true,
                "anonymize": false
              },
              "option_constraints": {
                "font_family": ["Helvetica", "Arial", "Calibri"],
                "font_size": {"min": 9, "max": 14},
                "accent_color": "Hex color code",
                "line_spacing": {"min": 1.0, "max": 2.0},
                "embed_source": "boolean",
                "anonymize": "boolean",
                "language": ["en", "fr", "de", "es", "pt", "pl"]
              }
            }""";

    /** Binary bodies are shown by their first bytes. */
    public static final String PDF_BYTES = "%PDF-1.7 (binary PDF document)";
    public static final String DOCX_BYTES = "PK (binary DOCX document, a ZIP container)";
    public static final String JSON_RESUME_FILE = """
            {"$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
             "basics": {"name": "John Doe", "label": "Senior Engineer"}}""";
    public static final String ZIP_BYTES = "PK (binary ZIP package)";
    public static final String PNG_BYTES = "\\x89PNG (binary PNG image)";




    public static final String OPENAPI_YAML = """
            openapi: 3.0.1
            info:
              title: Export service
              version: "1.0"
            paths: {}
            """;




    // ---- errors (application/problem+json) ----

    public static final String PROBLEM_400_TEMPLATE = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "Template 'futuristic' does not exist. Available: modern, classic, creative, ats-optimized"}""";
    public static final String PROBLEM_400_MALFORMED = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "Malformed JSON: Unexpected end-of-input within/between Object entries (line 1, column 18)"}""";
    public static final String PROBLEM_400_IDEMPOTENCY_KEY = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "Idempotency-Key must be 1 to 255 printable ASCII characters"}""";
    public static final String PROBLEM_401 = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "Unauthorized"}""";
    public static final String PROBLEM_404_GENERATION = """
            {"type": "about:blank", "title": "Not Found", "status": 404,
             "detail": "Generation not found or does not belong to user"}""";
    public static final String PROBLEM_404_EXPORT = """
            {"type": "about:blank", "title": "Not Found", "status": 404,
             "detail": "Export file not found or has expired"}""";
    public static final String PROBLEM_404_EXPORT_DELETE = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Export file not found"}""";
    public static final String PROBLEM_404_TEMPLATE = """
            {"type": "about:blank", "title": "Not Found", "status": 404,
             "detail": "Template 'futuristic' does not exist. Available: modern, classic, creative, ats-optimized"}""";
    public static final String PROBLEM_404_PREVIEW = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Preview not found"}""";
    public static final String PROBLEM_409_IN_PROGRESS = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "A request with this Idempotency-Key is still in progress"}""";
    public static final String PROBLEM_410 = """
            {"type": "about:blank", "title": "Gone", "status": 410,
             "detail": "Export file has expired and been deleted"}""";
    public static final String PROBLEM_410_PREVIEW = """
            {"type": "about:blank", "title": "Gone", "status": 410, "detail": "Preview has expired and been deleted"}""";
    public static final String PROBLEM_413_QUOTA = """
            {"type": "about:blank", "title": "Request Entity Too Large", "status": 413,
             "detail": "Storage quota exceeded: 104800000 of 104857600 bytes used, this file needs 87432 more"}""";
    public static final String PROBLEM_413_BODY = """
            {"type": "about:blank", "title": "Request Entity Too Large", "status": 413,
             "detail": "Request body is larger than 1048576 bytes"}""";
    public static final String PROBLEM_422_OPTION = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "font_size must be between 9 and 14"}""";
    public static final String PROBLEM_422_BATCH = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "exports must hold between 1 and 10 items"}""";
    public static final String PROBLEM_422_LIMIT = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "limit must be between 1 and 100"}""";
    public static final String PROBLEM_422_CONTENT = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "content_structured or content_text is required"}""";
    public static final String PROBLEM_422_JSON_RESUME = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "json_resume does not follow the JSON Resume schema v1.0.0: /basics/email does not match the email pattern",
             "errors": [{"pointer": "/basics/email", "message": "does not match the email pattern"},
                        {"pointer": "/work/0/startDate", "message": "does not match the iso8601 date pattern"}]}""";
    public static final String PROBLEM_422_IDEMPOTENCY = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "Idempotency-Key was already used with a different request"}""";
    public static final String PROBLEM_429 = """
            {"type": "about:blank", "title": "Too Many Requests", "status": 429,
             "detail": "Rate limit exceeded: 10 pdf export requests per window. Retry after 312 seconds"}""";
    public static final String PROBLEM_500 = """
            {"type": "about:blank", "title": "Internal Server Error", "status": 500,
             "detail": "The document could not be rendered"}""";
    public static final String PROBLEM_503 = """
            {"type": "about:blank", "title": "Service Unavailable", "status": 503,
             "detail": "Storage is temporarily unavailable; please retry"}""";
    public static final String PROBLEM_503_BUSY = """
            {"type": "about:blank", "title": "Service Unavailable", "status": 503,
             "detail": "The service is busy rendering other documents; please retry in a moment"}""";
}
