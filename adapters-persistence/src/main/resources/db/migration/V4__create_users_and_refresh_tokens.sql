-- Export service schema, version 4: local accounts (issue "Accounts, API contract and operations", part 1).
-- Used only when the service issues its own tokens (export.security.mode = local, the default); with an
-- external token issuer these tables stay empty. Same rules as V1: one script for PostgreSQL 15+ and H2 2.x
-- in PostgreSQL mode.
--
-- Deliberate choices:
--   * users.id is VARCHAR(64), an opaque string valid as a JWT "sub" and a domain UserId (a UUID here), so
--     generations.user_id and exports.user_id, which stay VARCHAR(64) without a foreign key, can name either
--     a local account or a user of an external issuer.
--   * email is stored normalised (trimmed, lower case) by the application, so a plain UNIQUE constraint
--     decides concurrent registrations of one address.
--   * password_hash holds the bcrypt string ($2a$12$..., 60 characters), never the password.
--   * refresh tokens are stored as the SHA-256 hex of the token only: a copy of this table cannot be
--     replayed. used_at marks a rotated token; presenting it again revokes the family (revoked_at).
--   * login_failures is keyed by the SHA-256 hex of the normalised email, not by user id, so unknown
--     addresses are throttled like known ones and the table reveals no address.

CREATE TABLE users (
    id            VARCHAR(64)              NOT NULL,  -- JWT sub; UUID, canonical lower-case form
    email         VARCHAR(320)             NOT NULL,  -- normalised: trimmed, lower case
    password_hash VARCHAR(100)             NOT NULL,  -- bcrypt, cost 12
    full_name     VARCHAR(512)             NOT NULL,  -- at most 200 characters (code points)
    tier          VARCHAR(16)              NOT NULL DEFAULT 'free',
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_tier CHECK (tier IN ('free', 'pro'))
);

CREATE TABLE refresh_tokens (
    token_hash VARCHAR(64)              NOT NULL,  -- lower-case hex SHA-256 of the opaque token
    user_id    VARCHAR(64)              NOT NULL,
    family_id  VARCHAR(64)              NOT NULL,  -- one per login; every rotation stays in it
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,           -- set once, when exchanged for a new token
    revoked_at TIMESTAMP WITH TIME ZONE,           -- set for the whole family on logout or reuse
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (token_hash),
    CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX idx_refresh_tokens_family_id ON refresh_tokens (family_id);    -- revoking a family
CREATE INDEX idx_refresh_tokens_user_id ON refresh_tokens (user_id);        -- the cascading delete
CREATE INDEX idx_refresh_tokens_expires_at ON refresh_tokens (expires_at);  -- purging expired tokens

CREATE TABLE login_failures (
    account_key       VARCHAR(64)              NOT NULL,  -- SHA-256 hex of 'login:' || normalised email
    failures          INTEGER                  NOT NULL DEFAULT 0,
    window_started_at TIMESTAMP WITH TIME ZONE,
    locked_until      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_login_failures PRIMARY KEY (account_key)
);
