-- Export service schema, version 8: asynchronous export jobs (issue 12), their items, the users' webhook signing
-- secrets, and db-scheduler's task table. Same rules as V1: one script for PostgreSQL 15+ and H2 2.x in PostgreSQL
-- mode. A job row lives as long as the exports (expires_at = created_at + the exports' retention) and is purged
-- with its items by the cleanup; the exports a job produced are ordinary rows of exports and expire on their own,
-- so no foreign key ties an item to its export (a deleted export leaves the item's export_id dangling, and the
-- download answers 404 as for any deleted export).
CREATE TABLE export_jobs (
    id                VARCHAR(64)              NOT NULL,  -- UUID, canonical lower-case form
    user_id           VARCHAR(255)             NOT NULL,  -- the owner (JWT sub), like V6
    tier              VARCHAR(16)              NOT NULL,  -- 'free' or 'pro' at creation: the items' quota
    format            VARCHAR(32)              NOT NULL,  -- an export format wire name ('pdf', 'docx', ...)
    template          VARCHAR(64),
    options           TEXT,                               -- JSON, applied to every item
    create_zip        BOOLEAN                  NOT NULL,
    webhook_url       VARCHAR(2048),
    filters           TEXT,                               -- JSON of a bulk job's filters; NULL for explicit ids
    status            VARCHAR(16)              NOT NULL,
    result_export_id  VARCHAR(64),                        -- the ZIP export once stored
    error             VARCHAR(1024),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_export_jobs PRIMARY KEY (id),
    CONSTRAINT ck_export_jobs_status CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled'))
);

CREATE INDEX idx_export_jobs_user ON export_jobs (user_id, created_at);
CREATE INDEX idx_export_jobs_status ON export_jobs (status);
CREATE INDEX idx_export_jobs_expires_at ON export_jobs (expires_at);

-- One row per generation of a job; id is '<job id>/<item index>'. export_id is the export the item produced; it is
-- derived from (job id, item index), so a re-run after a crash finds it instead of exporting twice.
CREATE TABLE export_job_items (
    id             VARCHAR(80)   NOT NULL,
    job_id         VARCHAR(64)   NOT NULL,
    item_index     INTEGER       NOT NULL,
    generation_id  VARCHAR(255)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    export_id      VARCHAR(64),
    error          VARCHAR(1024),
    CONSTRAINT pk_export_job_items PRIMARY KEY (id),
    CONSTRAINT uq_export_job_items_index UNIQUE (job_id, item_index),
    CONSTRAINT fk_export_job_items_job FOREIGN KEY (job_id) REFERENCES export_jobs (id) ON DELETE CASCADE,
    CONSTRAINT ck_export_job_items_status CHECK (status IN ('pending', 'completed', 'failed', 'skipped'))
);

-- Each user's webhook signing secret: the HMAC-SHA256 key itself (it must be readable to sign), shown to the user
-- only when created or rotated.
CREATE TABLE webhook_secrets (
    user_id     VARCHAR(255)             NOT NULL,
    secret      VARCHAR(128)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_webhook_secrets PRIMARY KEY (user_id)
);

-- db-scheduler 16's table (its PostgreSQL DDL, with VARCHAR instead of TEXT so H2 accepts the key columns): one
-- row per pending task instance ('export-job' or 'export-webhook', instance = the job id). An instance picks a due
-- row (picked, picked_by, version), refreshes last_heartbeat while it runs, and deletes the row when done; a row
-- whose heartbeat lapses is a dead execution and is run again by any instance.
CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100)             NOT NULL,
    task_instance         VARCHAR(255)             NOT NULL,
    task_data             BYTEA,
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR(255),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX idx_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX idx_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX idx_scheduled_tasks_priority_execution_time ON scheduled_tasks (priority, execution_time);
