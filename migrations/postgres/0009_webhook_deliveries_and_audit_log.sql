-- Webhook deliveries: one row per (event, endpoint) written in the event's transaction (the
-- outbox), claimed by the delivery worker. `next_attempt_at` is when it is next due; a claim
-- pushes it forward by a lease, so that a delivery in flight when its process died is tried
-- again once the lease runs out. `seq` gives insertion order for listing.
CREATE TABLE webhook_deliveries (
    seq                 BIGSERIAL PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    merchant_id         TEXT NOT NULL REFERENCES merchants(id),
    endpoint_id         TEXT NOT NULL REFERENCES webhook_endpoints(id),
    event_id            TEXT NOT NULL REFERENCES events(id),
    status              TEXT NOT NULL,
    attempts            BIGINT NOT NULL DEFAULT 0,
    next_attempt_at     BIGINT,
    first_attempted_at  BIGINT,
    last_attempted_at   BIGINT,
    last_status_code    BIGINT,
    last_error          TEXT,
    created_at          BIGINT NOT NULL,
    completed_at        BIGINT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, seq);
CREATE INDEX webhook_deliveries_by_event ON webhook_deliveries (event_id);

-- Every try of a delivery: the log merchants read to debug their endpoint.
CREATE TABLE webhook_delivery_attempts (
    delivery_id   TEXT NOT NULL REFERENCES webhook_deliveries(id),
    attempt       BIGINT NOT NULL,
    attempted_at  BIGINT NOT NULL,
    status_code   BIGINT,
    error         TEXT,
    duration_ms   BIGINT NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);

-- Since when every delivery to the endpoint has failed (NULL while it succeeds): an endpoint
-- failing for 5 days in a row is disabled.
ALTER TABLE webhook_endpoints ADD COLUMN failing_since BIGINT;

-- Who changed what: one row per change, with the fields before and after (JSON
-- `{"field": {"before": ..., "after": ...}}`, payment details masked as in the API), and the
-- browser's IP and user agent for changes made in the portal.
CREATE TABLE audit_log (
    seq          BIGSERIAL PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    customer_id  TEXT,
    actor_type   TEXT NOT NULL,
    actor_id     TEXT,
    action       TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    changes      TEXT,
    event_id     TEXT,
    ip           TEXT,
    user_agent   TEXT,
    livemode     BOOLEAN NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX audit_log_by_customer ON audit_log (merchant_id, customer_id, seq);
CREATE INDEX audit_log_by_object ON audit_log (merchant_id, object_id, seq);
CREATE INDEX audit_log_by_merchant ON audit_log (merchant_id, seq);
