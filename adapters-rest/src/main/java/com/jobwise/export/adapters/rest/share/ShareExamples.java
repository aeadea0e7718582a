package com.jobwise.export.adapters.rest.share;

/** Example bodies of the share routes for the OpenAPI document (compile-time constants for the annotations). */
final class ShareExamples {
    private ShareExamples() {
    }

    static final String SHARE_ID = "5d0e8400-e29b-41d4-a716-4466554400a1";
    static final String TOKEN = "q3LwZ0h8v1o2Jt7mYb9xK4sN6cR5pA0dF2gH3jE8uWk";
    static final String CREATE_REQUEST = """
            {"expires_in": 604800, "password": "correct horse", "allow_download": true}""";
    static final String CREATED = """
            {"share_id": "5d0e8400-e29b-41d4-a716-4466554400a1",
             "url": "https://cv.example.com/s/q3LwZ0h8v1o2Jt7mYb9xK4sN6cR5pA0dF2gH3jE8uWk",
             "qr_code_png_base64": "iVBORw0KGgoAAAANSUhEUgAAAUAAAAFAAQAAAAD...",
             "expires_at": "2026-01-22T10:30:00.123Z", "allow_download": true, "password_protected": true}""";
    static final String LIST = """
            {"shares": [{"share_id": "5d0e8400-e29b-41d4-a716-4466554400a1",
                         "export_id": "bb0e8400-e29b-41d4-a716-446655440006",
                         "created_at": "2026-01-15T10:30:00.123Z", "expires_at": "2026-01-22T10:30:00.123Z",
                         "revoked_at": null, "allow_download": true, "password_protected": true,
                         "view_count": 12, "download_count": 3, "last_viewed_at": "2026-01-16T08:12:45.001Z"}]}""";
    static final String ACCESS_LOG = """
            {"entries": [{"at": "2026-01-16T08:12:45.001Z",
                          "client_ip_hash": "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
                          "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)", "action": "view"}]}""";
    static final String PROBLEM_404_SHARE = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Share link not found"}""";
    static final String PROBLEM_404_EXPORT = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Export file not found"}""";
    static final String PROBLEM_410 = """
            {"type": "about:blank", "title": "Gone", "status": 410,
             "detail": "Export file has expired and been deleted"}""";
    static final String PROBLEM_422 = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "expires_in must be a positive number of seconds"}""";
    static final String HTML_PAGE = "<!DOCTYPE html><html lang=\"en\">...</html>";
}
