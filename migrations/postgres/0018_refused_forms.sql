-- A portal form the server refused, kept for a few minutes so that the page can show what
-- was typed and which fields need attention, without putting the values in the redirect
-- URL (browser history, proxy logs, and links crafted to pre-fill someone else's form).
-- Readable only by the portal session that posted it.
CREATE TABLE refused_forms (
    id          TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES portal_sessions(id),
    form_values TEXT NOT NULL,
    errors      TEXT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX refused_forms_by_expiry ON refused_forms (expires_at);
