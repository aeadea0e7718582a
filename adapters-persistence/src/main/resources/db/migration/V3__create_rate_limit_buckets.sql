-- Export service schema, version 3: the token buckets of the per-user rate limits (spec: "Rate Limiting"),
-- shared by every instance. Bucket4j's PostgreSQL proxy manager (select-for-update) owns the rows: it
-- inserts a row per bucket (INSERT ... ON CONFLICT DO NOTHING), locks it (SELECT ... FOR UPDATE) and writes
-- the serialized state back. Only PostgresRateLimiter uses the table; the embedded H2 run keeps its buckets
-- in memory (LocalRateLimiter), but the script is portable so the same migrations run on both.
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(255) NOT NULL,  -- user_id || ':' || operation key, e.g. 'u-42:pdf_export'
    state      BYTEA,                  -- Bucket4j's serialized bucket; NULL until the first write
    expires_at BIGINT,                 -- epoch millis when the bucket is full again (then removable)
    CONSTRAINT pk_rate_limit_buckets PRIMARY KEY (id)
);

CREATE INDEX idx_rate_limit_buckets_expires_at ON rate_limit_buckets (expires_at);
