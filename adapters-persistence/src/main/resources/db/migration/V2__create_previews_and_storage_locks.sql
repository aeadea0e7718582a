-- Export service schema, version 2: first-page PNG previews (spec: "Preview Document with Template"), the
-- per-user lock rows that make the storage-quota check atomic across instances, and an index for the
-- orphan-object sweeper. Same rules as V1: one script for PostgreSQL 15+ and H2 2.x in PostgreSQL mode.

-- A preview lives one hour; its PNG is the S3 object previews/{user_id}/{preview_id}.png (file_path).
-- Like exports, user_id is the JWT "sub" (VARCHAR, no users table yet) and a preview disappears with its
-- generation.
CREATE TABLE previews (
    id              VARCHAR(64)              NOT NULL,  -- UUID, canonical lower-case form
    user_id         VARCHAR(64)              NOT NULL,  -- JWT sub
    generation_id   VARCHAR(64)              NOT NULL,
    template        VARCHAR(64)              NOT NULL,
    file_path       VARCHAR(1024)            NOT NULL,  -- S3 object key only
    file_size_bytes BIGINT                   NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_previews PRIMARY KEY (id),
    CONSTRAINT fk_previews_generation FOREIGN KEY (generation_id) REFERENCES generations (id) ON DELETE CASCADE
);

CREATE INDEX idx_previews_user_id ON previews (user_id);
CREATE INDEX idx_previews_expires_at ON previews (expires_at);
CREATE INDEX idx_previews_generation_id ON previews (generation_id);  -- for the cascading delete

-- One row per user who ever saved an export under the quota. saveWithinQuota inserts it if missing
-- (INSERT ... ON CONFLICT DO NOTHING) and locks it (SELECT ... FOR UPDATE) before summing the user's live
-- exports and inserting, so concurrent saves of one user run one after another on every instance.
CREATE TABLE storage_locks (
    user_id VARCHAR(64) NOT NULL,  -- JWT sub
    CONSTRAINT pk_storage_locks PRIMARY KEY (user_id)
);

-- The sweeper asks which object keys rows still reference (findExistingObjectKeys).
CREATE INDEX idx_exports_file_path ON exports (file_path);
