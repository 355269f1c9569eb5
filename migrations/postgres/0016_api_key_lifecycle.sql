-- Rolling and revoking secret keys. A rolled key keeps working until `expires_at` (an
-- overlap of at most 7 days, so that the merchant can deploy the new one); a revoked key
-- (`revoked_at`) is refused at once. Keys are looked up in the database on every request.
ALTER TABLE api_keys ADD COLUMN expires_at BIGINT;
CREATE INDEX api_keys_by_merchant ON api_keys (merchant_id, livemode);
