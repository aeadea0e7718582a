-- Export service schema, version 6: user ids up to 255 characters. Users of an external identity provider get
-- its subject as their id (e.g. 'auth0|5f7c8ec7c33c6c004bbafe82', Google's 21 digits, up to 255 characters), so
-- every user_id column, users.id and the token buckets' id (user id || ':' || operation key) grow. Widening a
-- VARCHAR keeps every value; the same script runs on PostgreSQL 15+ and on H2 2.x in PostgreSQL mode. The
-- foreign key of refresh_tokens on users.id is dropped and re-created around the change so that both
-- databases accept altering the columns on either side of it.

ALTER TABLE refresh_tokens DROP CONSTRAINT fk_refresh_tokens_user;

ALTER TABLE generations ALTER COLUMN user_id SET DATA TYPE VARCHAR(255);
ALTER TABLE exports ALTER COLUMN user_id SET DATA TYPE VARCHAR(255);
ALTER TABLE previews ALTER COLUMN user_id SET DATA TYPE VARCHAR(255);
ALTER TABLE storage_locks ALTER COLUMN user_id SET DATA TYPE VARCHAR(255);
ALTER TABLE users ALTER COLUMN id SET DATA TYPE VARCHAR(255);
ALTER TABLE refresh_tokens ALTER COLUMN user_id SET DATA TYPE VARCHAR(255);
ALTER TABLE idempotency_keys ALTER COLUMN user_id SET DATA TYPE VARCHAR(255);
ALTER TABLE rate_limit_buckets ALTER COLUMN id SET DATA TYPE VARCHAR(320);

ALTER TABLE refresh_tokens ADD CONSTRAINT fk_refresh_tokens_user
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
