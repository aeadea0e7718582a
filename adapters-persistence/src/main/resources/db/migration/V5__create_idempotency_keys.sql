-- Export service schema, version 5: Idempotency-Key records (issue "Accounts, API contract and operations",
-- part 4). A POST that creates something and carries an Idempotency-Key first reserves (user_id,
-- idempotency_key) here; the primary key makes concurrent duplicates on any instance lose the race. The
-- first response is then stored and replayed to every retry with the same key and request fingerprint for
-- 24 hours (expires_at); a different request under the same live key is refused. Same rules as V1: one
-- script for PostgreSQL 15+ and H2 2.x in PostgreSQL mode.
CREATE TABLE idempotency_keys (
    user_id               VARCHAR(64)              NOT NULL,  -- JWT sub
    idempotency_key       VARCHAR(255)             NOT NULL,  -- the client's header value, opaque
    request_fingerprint   VARCHAR(128)             NOT NULL,  -- SHA-256 (hex) of method, path and body
    reservation_token     VARCHAR(64)              NOT NULL,  -- UUID of the request holding the key
    state                 VARCHAR(16)              NOT NULL,  -- 'in_progress' or 'completed'
    response_status       INTEGER,                            -- set once completed
    response_content_type VARCHAR(255),
    response_body         BYTEA,                              -- the exact bytes answered the first time
    locked_until          TIMESTAMP WITH TIME ZONE NOT NULL,  -- an in-progress row older than this is abandoned
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,  -- first request + 24 h; purged afterwards
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, idempotency_key),
    CONSTRAINT ck_idempotency_keys_state CHECK (state IN ('in_progress', 'completed')),
    CONSTRAINT ck_idempotency_keys_response CHECK (state = 'in_progress' OR response_status IS NOT NULL)
);

CREATE INDEX idx_idempotency_keys_expires_at ON idempotency_keys (expires_at);
