-- Invoice items (`ii_...`): amounts waiting for the customer's next invoice (invoice_id NULL),
-- such as proration credits and charges from a mid-period plan change.
CREATE TABLE invoice_items (
    id               TEXT PRIMARY KEY,
    merchant_id      TEXT NOT NULL REFERENCES merchants(id),
    customer_id      TEXT NOT NULL REFERENCES customers(id),
    subscription_id  TEXT REFERENCES subscriptions(id),
    description      TEXT NOT NULL,
    amount           BIGINT NOT NULL,
    currency         TEXT NOT NULL,
    period_start     BIGINT NOT NULL,
    period_end       BIGINT NOT NULL,
    proration        BOOLEAN NOT NULL,
    invoice_id       TEXT,
    created_at       BIGINT NOT NULL
);
CREATE INDEX invoice_items_pending ON invoice_items (subscription_id) WHERE invoice_id IS NULL;
