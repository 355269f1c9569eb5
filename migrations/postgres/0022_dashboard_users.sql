-- The merchant dashboard's people and their sign-in sessions.
--
-- A dashboard user belongs to one merchant and signs in with an e-mail (stored lower-case,
-- unique across the instance) and a password, kept only as an Argon2id PHC string. A user
-- made by `merchants create` or an invitation has no password until their link is used.
CREATE TABLE dashboard_users (
    id                  TEXT PRIMARY KEY,
    merchant_id         TEXT NOT NULL REFERENCES merchants(id),
    email               TEXT NOT NULL,
    password_hash       TEXT,
    role                TEXT NOT NULL,
    created_at          BIGINT NOT NULL,
    password_changed_at BIGINT
);
CREATE UNIQUE INDEX dashboard_users_by_email ON dashboard_users (email);
CREATE INDEX dashboard_users_by_merchant ON dashboard_users (merchant_id);

-- A signed-in browser. Only a hash of the cookie's token is kept. A session lasts 12 hours
-- from its last use and 7 days at most; sign-out and a password change end it.
CREATE TABLE dashboard_sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES dashboard_users(id),
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    ended_at     BIGINT,
    ip           TEXT,
    user_agent   TEXT
);
CREATE INDEX dashboard_sessions_by_user ON dashboard_sessions (user_id);

-- A single-use link that lets its holder choose the password of `user_id`: an owner's
-- setup link (printed by `merchants create`). Only a hash of the link's token is kept.
CREATE TABLE dashboard_links (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES dashboard_users(id),
    kind       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX dashboard_links_by_user ON dashboard_links (user_id);

-- Failed sign-ins per e-mail and per client address (`key`), in a sliding window: enough
-- failures slow the next tries, more refuse them until `refused_until`.
CREATE TABLE dashboard_sign_in_failures (
    key           TEXT PRIMARY KEY,
    failures      BIGINT NOT NULL,
    window_start  BIGINT NOT NULL,
    refused_until BIGINT
);

-- A dashboard user's changes name them in the audit log by id and e-mail.
ALTER TABLE audit_log ADD COLUMN actor_email TEXT;
