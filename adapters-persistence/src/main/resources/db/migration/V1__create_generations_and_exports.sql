-- Export service schema, version 1: the generations an export reads and the exports table of the spec
-- (docs: export-api.md, "Database Schema"). The same script runs on PostgreSQL 15+ and on H2 2.x (the
-- embedded mode), so it keeps to SQL both understand: no SERIAL, no JSONB, no partial indexes.
--
-- Deliberate deviations from the spec's exports table:
--   * user_id is VARCHAR(64), not INTEGER: it is the JWT "sub", an opaque string (domain UserId).
--   * no FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE: this service has no users table
--     yet. Add it in a later migration once one exists.
--   * DATETIME becomes TIMESTAMP WITH TIME ZONE: every timestamp is a UTC instant.
--   * file_size_bytes is BIGINT, so a file over 2 GiB cannot overflow it.
--   * VARCHAR columns get explicit lengths; download_count and created_at are NOT NULL as well
--     as defaulted.
--   * options and metadata hold JSON as TEXT (as in the spec), not JSONB: H2 has no JSONB and nothing
--     queries inside them.
-- The generations table is a small stand-in for the generation service's table: only the columns an
-- export reads. Its content_structured column holds JSON text in the spec's content schema.

CREATE TABLE generations (
    id                 VARCHAR(64)              NOT NULL,
    user_id            VARCHAR(64)              NOT NULL,  -- JWT sub; no users table yet
    document_type      VARCHAR(32)              NOT NULL,  -- 'resume' or 'cover_letter'
    content_structured TEXT,                               -- JSON; NULL when only content_text exists
    content_text       TEXT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_generations PRIMARY KEY (id),
    CONSTRAINT ck_generations_content CHECK (content_structured IS NOT NULL OR content_text IS NOT NULL)
);

CREATE INDEX idx_generations_user_id ON generations (user_id);

CREATE TABLE exports (
    id              VARCHAR(64)              NOT NULL,  -- UUID, canonical lower-case form
    user_id         VARCHAR(64)              NOT NULL,  -- deviation: INTEGER in the spec, JWT sub here
    generation_id   VARCHAR(64)              NOT NULL,
    document_type   VARCHAR(32)              NOT NULL,  -- 'resume', 'cover_letter' or 'zip'
    format          VARCHAR(16)              NOT NULL,  -- 'pdf', 'docx', 'zip'
    template        VARCHAR(64)              NOT NULL,
    filename        VARCHAR(512)             NOT NULL,  -- suggested in Content-Disposition
    file_path       VARCHAR(1024)            NOT NULL,  -- S3 object key only: exports/{user_id}/{export_id}.{ext}
    file_size_bytes BIGINT                   NOT NULL,  -- deviation: INTEGER in the spec
    page_count      INTEGER,                            -- PDF only
    options         TEXT,                               -- JSON
    metadata        TEXT,                               -- JSON (ATS score, processing time, ...)
    download_count  INTEGER                  NOT NULL DEFAULT 0,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,  -- deviation: DATETIME in the spec
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_exports PRIMARY KEY (id),
    CONSTRAINT fk_exports_generation FOREIGN KEY (generation_id) REFERENCES generations (id) ON DELETE CASCADE
);

CREATE INDEX idx_exports_user_id ON exports (user_id);
CREATE INDEX idx_exports_generation_id ON exports (generation_id);
CREATE INDEX idx_exports_expires_at ON exports (expires_at);
