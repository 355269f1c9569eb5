-- A name the merchant gives a key ("Production server") and when it was last used, so
-- that an unused key can be found and revoked. `last_used_at` is written at most once a
-- minute per key (see `api_keys::authenticate`), not on every request.
ALTER TABLE api_keys ADD COLUMN name TEXT;
ALTER TABLE api_keys ADD COLUMN last_used_at BIGINT;
