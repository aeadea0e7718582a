package com.jobwise.export.adapters.rest.job;

/** Example bodies of the job routes for the OpenAPI document (compile-time constants for the annotations). */
final class JobExamples {
    private JobExamples() {
    }

    static final String JOB_ID = "7a1e8400-e29b-41d4-a716-446655440042";
    static final String CREATE_REQUEST = """
            {"generation_ids": ["550e8400-e29b-41d4-a716-446655440000", "660e8400-e29b-41d4-a716-446655440001"],
             "format": "pdf", "template": "modern", "options": {"font_size": 11}, "create_zip": true,
             "webhook_url": "https://hooks.example.com/exports"}""";
    static final String BULK_REQUEST = """
            {"filters": {"date_from": "2026-01-01", "date_to": "2026-01-31", "document_types": ["resume"]},
             "max_items": 50, "format": "docx", "template": "classic", "create_zip": true}""";
    static final String QUEUED = """
            {"job_id": "7a1e8400-e29b-41d4-a716-446655440042", "status": "queued", "format": "pdf",
             "template": "modern", "create_zip": true, "webhook_url": "https://hooks.example.com/exports",
             "filters": null, "progress": {"total": 2, "done": 0, "failed": 0, "skipped": 0},
             "items": [{"index": 0, "generation_id": "550e8400-e29b-41d4-a716-446655440000", "status": "pending",
                        "export_id": null, "error": null},
                       {"index": 1, "generation_id": "660e8400-e29b-41d4-a716-446655440001", "status": "pending",
                        "export_id": null, "error": null}],
             "result_export_id": null, "download_url": null, "error": null,
             "created_at": "2026-01-15T10:30:00.123Z", "started_at": null, "finished_at": null,
             "expires_at": "2026-02-14T10:30:00.123Z",
             "webhook_secret": "whsec_4f1c9b0e2d7a5c3b8e6f1a0d9c2b7e4f5a3c1d8e0b9f6a2c7d4e1b0a9f8c7d6e"}""";
    static final String COMPLETED = """
            {"job_id": "7a1e8400-e29b-41d4-a716-446655440042", "status": "completed", "format": "pdf",
             "template": "modern", "create_zip": true, "webhook_url": null, "filters": null,
             "progress": {"total": 2, "done": 1, "failed": 1, "skipped": 0},
             "items": [{"index": 0, "generation_id": "550e8400-e29b-41d4-a716-446655440000", "status": "completed",
                        "export_id": "0b6c2f1e-3a4d-3e5f-9a8b-7c6d5e4f3a2b", "error": null},
                       {"index": 1, "generation_id": "660e8400-e29b-41d4-a716-446655440001", "status": "failed",
                        "export_id": null, "error": "Generation not found or does not belong to user"}],
             "result_export_id": "1c7d3a2f-4b5e-3f6a-8b9c-8d7e6f5a4b3c",
             "download_url": "/api/v1/exports/jobs/7a1e8400-e29b-41d4-a716-446655440042/download", "error": null,
             "created_at": "2026-01-15T10:30:00.123Z", "started_at": "2026-01-15T10:30:00.456Z",
             "finished_at": "2026-01-15T10:30:02.789Z", "expires_at": "2026-02-14T10:30:00.123Z"}""";
    static final String LIST = """
            {"jobs": [{"job_id": "7a1e8400-e29b-41d4-a716-446655440042", "status": "running", "format": "pdf",
                       "template": "modern", "create_zip": true, "webhook_url": null, "filters": null,
                       "progress": {"total": 1, "done": 0, "failed": 0, "skipped": 0},
                       "items": [{"index": 0, "generation_id": "550e8400-e29b-41d4-a716-446655440000",
                                  "status": "pending", "export_id": null, "error": null}],
                       "result_export_id": null, "download_url": null, "error": null,
                       "created_at": "2026-01-15T10:30:00.123Z", "started_at": "2026-01-15T10:30:00.456Z",
                       "finished_at": null, "expires_at": "2026-02-14T10:30:00.123Z"}],
             "total": 1, "limit": 20, "offset": 0}""";
    static final String SECRET = """
            {"webhook_secret": "whsec_4f1c9b0e2d7a5c3b8e6f1a0d9c2b7e4f5a3c1d8e0b9f6a2c7d4e1b0a9f8c7d6e",
             "algorithm": "HMAC-SHA256", "header": "X-Export-Signature"}""";
    static final String ZIP_BYTES = "PK\\u0003\\u0004... (a ZIP of the item files and manifest.json)";
    static final String PROBLEM_404 = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Export job not found"}""";
    static final String PROBLEM_409_RUNNING = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "Export job is running; download it once completed"}""";
    static final String PROBLEM_409_FINISHED = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "Export job is already completed and cannot be cancelled"}""";
    static final String PROBLEM_422_IDS = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "generation_ids must hold between 1 and 100 ids"}""";
    static final String PROBLEM_422_WEBHOOK = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "webhook_url must not point to a loopback, private, link-local or metadata address"}""";
    static final String PROBLEM_422_FILTERS = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "No generation matches the filters"}""";
    static final String PROBLEM_422_STATUS = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "status must be one of queued, running, completed, failed, cancelled"}""";
}
