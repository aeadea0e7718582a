package com.jobwise.export.adapters.rest.account;

/** Example bodies of the account routes for the OpenAPI document (compile-time constants for the annotations). */
final class AuthExamples {
    private AuthExamples() {
    }

    static final String REGISTER_REQUEST = """
            {"email": "ada@example.com", "password": "Secr3t-Password", "full_name": "Ada Lovelace"}""";
    static final String LOGIN_REQUEST = """
            {"email": "ada@example.com", "password": "Secr3t-Password"}""";
    static final String REFRESH_REQUEST = """
            {"refresh_token": "q3LwZ0h8v1o2Jt7mYb9xK4sN6cR5pA0dF2gH3jE8uWk"}""";
    static final String USER = """
            {"id": "6f1c2b9e-3d4a-4c8b-9e2f-1a7d5c3b8e40", "email": "ada@example.com", "full_name": "Ada Lovelace",
             "tier": "free", "created_at": "2026-01-10T10:00:00.123Z"}""";
    static final String SESSION = """
            {"access_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI2ZjFjMmI5ZS0zZDRhLTRjOGItOWUyZi0xYTdkNWMzYjhlNDAiLCJlbWFpbCI6ImFkYUBleGFtcGxlLmNvbSIsInRpZXIiOiJmcmVlIiwiaWF0IjoxNzY4MDM5MjAwLCJleHAiOjE3NjgwNDI4MDB9.c2lnbmF0dXJl",
             "token_type": "bearer", "expires_in": 3600,
             "refresh_token": "q3LwZ0h8v1o2Jt7mYb9xK4sN6cR5pA0dF2gH3jE8uWk", "refresh_expires_in": 604800,
             "user": {"id": "6f1c2b9e-3d4a-4c8b-9e2f-1a7d5c3b8e40", "email": "ada@example.com",
                      "full_name": "Ada Lovelace", "tier": "free", "created_at": "2026-01-10T10:00:00.123Z"}}""";
    static final String PROBLEM_409_EMAIL = """
            {"type": "about:blank", "title": "Conflict", "status": 409, "detail": "Email already registered"}""";
    static final String PROBLEM_422_PASSWORD = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "password must contain an upper-case letter, a lower-case letter and a digit"}""";
    static final String PROBLEM_422_EMAIL = """
            {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
             "detail": "email must be a valid email address"}""";
    static final String PROBLEM_401_CREDENTIALS = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "Incorrect email or password"}""";
    static final String PROBLEM_429_LOGIN = """
            {"type": "about:blank", "title": "Too Many Requests", "status": 429,
             "detail": "Too many failed login attempts. Retry after 900 seconds"}""";
    static final String PROBLEM_401_REFRESH = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401,
             "detail": "Invalid or expired refresh token"}""";
    static final String PROBLEM_404_USER = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "User not found"}""";
}
