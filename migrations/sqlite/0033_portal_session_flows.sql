-- A deep link's whole flow (JSON, Stripe's `flow_data` shape: the subscription, the plan to
-- confirm, where to go once done); `flow_type` keeps its type.
ALTER TABLE portal_sessions ADD COLUMN flow_data TEXT;
