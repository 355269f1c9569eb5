-- Where a portal session was opened from (the dashboard's Portal sessions page shows it),
-- and an index for that page's "recent sessions of this merchant and mode".
ALTER TABLE portal_sessions ADD COLUMN redeemed_ip TEXT;
ALTER TABLE portal_sessions ADD COLUMN redeemed_user_agent TEXT;
CREATE INDEX portal_sessions_recent ON portal_sessions (merchant_id, livemode, created_at);
