-- Cancellation details and the coupon applied to a subscription (retention offers).
ALTER TABLE subscriptions ADD COLUMN canceled_at BIGINT;
ALTER TABLE subscriptions ADD COLUMN ended_at BIGINT;
ALTER TABLE subscriptions ADD COLUMN cancellation_reason TEXT;
ALTER TABLE subscriptions ADD COLUMN cancellation_comment TEXT;
ALTER TABLE subscriptions ADD COLUMN coupon_id TEXT;
ALTER TABLE subscriptions ADD COLUMN coupon_applied_at BIGINT;
-- Set once a customer accepted the retention offer: it is never offered again.
ALTER TABLE subscriptions ADD COLUMN retention_offer_accepted_at BIGINT;
