-- Webhook endpoints (`we_...`). The signing secret is kept to sign deliveries; after a
-- rotation the previous one keeps signing alongside until `previous_secret_expires_at`.
-- `enabled_events` is a JSON array of event types, `["*"]` for all.
CREATE TABLE webhook_endpoints (
    id                          TEXT PRIMARY KEY,
    merchant_id                 TEXT NOT NULL REFERENCES merchants(id),
    url                         TEXT NOT NULL,
    enabled_events              TEXT NOT NULL,
    description                 TEXT,
    secret                      TEXT NOT NULL,
    previous_secret             TEXT,
    previous_secret_expires_at  INTEGER,
    status                      TEXT NOT NULL,
    livemode                    BOOLEAN NOT NULL,
    created_at                  INTEGER NOT NULL,
    updated_at                  INTEGER NOT NULL,
    deleted_at                  INTEGER
);
CREATE INDEX webhook_endpoints_by_merchant ON webhook_endpoints (merchant_id) WHERE deleted_at IS NULL;
