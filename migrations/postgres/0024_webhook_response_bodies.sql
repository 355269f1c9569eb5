-- The start of what the endpoint answered to each try (at most 1 KB), for the dashboard's
-- delivery log.
ALTER TABLE webhook_delivery_attempts ADD COLUMN response_body TEXT;
