-- Live mode's payment processor, one per merchant: its secret key and webhook signing
-- secret encrypted with the operator's encryption key (AES-256-GCM), and their last four
-- characters to show. Test mode needs none (the built-in test processor).
CREATE TABLE payment_processors (
    merchant_id            TEXT PRIMARY KEY REFERENCES merchants(id),
    processor              TEXT NOT NULL,
    secret_key_encrypted   TEXT NOT NULL,
    secret_key_last4       TEXT NOT NULL,
    webhook_secret_encrypted TEXT NOT NULL,
    webhook_secret_last4   TEXT NOT NULL,
    -- Public by design: Stripe.js needs it in the customer's browser.
    publishable_key        TEXT NOT NULL,
    created_at             BIGINT NOT NULL,
    updated_at             BIGINT NOT NULL
);

-- The processor's customer made for one of ours (the customer its payment methods are on).
CREATE TABLE processor_customers (
    merchant_id           TEXT NOT NULL REFERENCES merchants(id),
    customer_id           TEXT NOT NULL REFERENCES customers(id),
    processor_customer_id TEXT NOT NULL,
    created_at            BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, customer_id)
);

-- Each payment made at the processor for an invoice, and where it stands: a SEPA debit
-- stays `processing` until the processor's event settles it; a payment waiting for the
-- customer's authentication is `requires_action`.
CREATE TABLE processor_payments (
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    payment_id   TEXT NOT NULL,
    invoice_id   TEXT NOT NULL REFERENCES invoices(id),
    attempt      BIGINT NOT NULL,
    status       TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, payment_id)
);
CREATE INDEX processor_payments_by_invoice ON processor_payments (invoice_id);

-- Processor events already handled, by id: a duplicate delivery does nothing.
CREATE TABLE processor_events (
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    event_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, event_id)
);
