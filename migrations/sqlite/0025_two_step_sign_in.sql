-- Two-step sign-in with an authenticator app (TOTP, RFC 6238).
--
-- `totp_secret` is the confirmed shared secret (base32), `totp_pending_secret` one shown
-- for setup and not confirmed yet, `totp_last_step` the 30-second step of the last code
-- accepted (a code works once). Recovery codes are kept as hashes and work once each.
-- A sign-in whose password was right waits for its code as a challenge (5 minutes).
ALTER TABLE dashboard_users ADD COLUMN totp_secret TEXT;
ALTER TABLE dashboard_users ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE dashboard_users ADD COLUMN totp_last_step INTEGER;
CREATE TABLE dashboard_recovery_codes (
    user_id   TEXT NOT NULL REFERENCES dashboard_users(id),
    code_hash TEXT NOT NULL,
    used_at   INTEGER,
    PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE dashboard_sign_in_challenges (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES dashboard_users(id),
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);
-- An owner can require two-step sign-in for the whole team.
ALTER TABLE merchants ADD COLUMN dashboard_requires_totp BOOLEAN NOT NULL DEFAULT FALSE;
