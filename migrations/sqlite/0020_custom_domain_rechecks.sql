-- A verified domain's TXT record is checked again every day. When it has been missing for
-- the grace period (7 days, from `failing_since`), the domain stops serving: `verified_at`
-- is cleared (which also frees the name for whoever proves it next) and `lapsed_at` says
-- that it once was verified, until the merchant verifies it again.
ALTER TABLE custom_domains ADD COLUMN failing_since INTEGER;
ALTER TABLE custom_domains ADD COLUMN lapsed_at INTEGER;
CREATE INDEX custom_domains_by_check ON custom_domains (last_checked_at) WHERE verified_at IS NOT NULL;
