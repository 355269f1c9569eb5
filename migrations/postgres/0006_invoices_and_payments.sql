-- Billing: invoices and their numbering, payment methods, test clocks, scheduled changes, pause.

-- A customer on a test clock lives at `test_clock_time` (unix seconds) instead of real time:
-- renewals, proration dates and cancellations for them use it. NULL means real time.
ALTER TABLE customers ADD COLUMN test_clock_time BIGINT;
ALTER TABLE customers ADD COLUMN default_payment_method_id TEXT;

-- Invoice numbers are `<invoice_prefix>-<sequence>`, sequential per merchant.
ALTER TABLE merchants ADD COLUMN invoice_prefix TEXT;
ALTER TABLE merchants ADD COLUMN invoices_numbered BIGINT NOT NULL DEFAULT 0;
-- The key of the merchant's card fingerprints (a keyed hash, so numbers cannot be guessed
-- back from them); made on first use.
ALTER TABLE merchants ADD COLUMN fingerprint_key TEXT;

-- What the vault keeps of a card or a bank account: never the card number, the CVC or the
-- full IBAN. `processor_token` is the
-- payment processor's handle for charging it; `fingerprint` is a keyed hash of the number.
CREATE TABLE payment_methods (
    id               TEXT PRIMARY KEY,
    merchant_id      TEXT NOT NULL REFERENCES merchants(id),
    customer_id      TEXT NOT NULL REFERENCES customers(id),
    type             TEXT NOT NULL,
    processor_token  TEXT NOT NULL,
    fingerprint      TEXT NOT NULL,
    brand            TEXT NOT NULL,
    last4            TEXT NOT NULL,
    exp_month        BIGINT NOT NULL,
    exp_year         BIGINT NOT NULL,
    -- SEPA Direct Debit: what the vault keeps of the IBAN, and the mandate.
    sepa_country         TEXT,
    sepa_bank_code       TEXT,
    account_holder_name  TEXT,
    account_holder_email TEXT,
    -- The billing postal code typed with a card (for the processor's address check).
    billing_postal_code  TEXT,
    mandate_reference    TEXT,
    mandate_accepted_at  BIGINT,
    mandate_ip           TEXT,
    mandate_user_agent   TEXT,
    created_at       BIGINT NOT NULL,
    detached_at      BIGINT,
    -- Insertion order, for "the most recent one" (SQLite uses its rowid).
    sequence         BIGSERIAL
);
CREATE INDEX payment_methods_by_customer ON payment_methods (customer_id);

-- Invoices (`in_...`): draft → open (numbered) → paid | uncollectible | void. Amounts are in
-- the minor unit of `currency`. An open invoice is charged when `next_payment_attempt` is
-- due; a worker claiming it pushes that time forward first (a lease), so that two instances
-- never charge one invoice at once.
CREATE TABLE invoices (
    id                    TEXT PRIMARY KEY,
    merchant_id           TEXT NOT NULL REFERENCES merchants(id),
    customer_id           TEXT NOT NULL REFERENCES customers(id),
    subscription_id       TEXT REFERENCES subscriptions(id),
    number                TEXT,
    status                TEXT NOT NULL,
    billing_reason        TEXT NOT NULL,
    currency              TEXT NOT NULL,
    subtotal              BIGINT NOT NULL,
    discount              BIGINT NOT NULL,
    total                 BIGINT NOT NULL,
    amount_paid           BIGINT NOT NULL,
    amount_due            BIGINT NOT NULL,
    coupon_id             TEXT,
    period_start          BIGINT NOT NULL,
    period_end            BIGINT NOT NULL,
    attempt_count         BIGINT NOT NULL,
    next_payment_attempt  BIGINT,
    payment_method_id     TEXT,
    last_payment_error    TEXT,
    created_at            BIGINT NOT NULL,
    finalized_at          BIGINT,
    paid_at               BIGINT
);
CREATE UNIQUE INDEX invoice_numbers ON invoices (merchant_id, number);
CREATE INDEX invoices_by_customer ON invoices (customer_id, created_at);
CREATE INDEX invoices_to_collect ON invoices (next_payment_attempt) WHERE status = 'open';

-- Invoice items become the invoice's lines once `invoice_id` is set; the recurring charge
-- for a period is a line with its price and quantity.
ALTER TABLE invoice_items ADD COLUMN price_id TEXT;
ALTER TABLE invoice_items ADD COLUMN quantity BIGINT;
ALTER TABLE invoice_items ADD COLUMN unit_amount BIGINT;
ALTER TABLE invoice_items ADD COLUMN discountable BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX invoice_items_by_invoice ON invoice_items (invoice_id);

-- A downgrade scheduled for the period end; a pause with an optional resume date.
ALTER TABLE subscriptions ADD COLUMN scheduled_price_id TEXT;
ALTER TABLE subscriptions ADD COLUMN scheduled_quantity BIGINT;
ALTER TABLE subscriptions ADD COLUMN paused_at BIGINT;
ALTER TABLE subscriptions ADD COLUMN resumes_at BIGINT;
ALTER TABLE subscriptions ADD COLUMN latest_invoice_id TEXT;
-- Periods are counted from this instant, so that Jan 31 renews on Feb 28 and then Mar 31.
ALTER TABLE subscriptions ADD COLUMN billing_cycle_anchor BIGINT;
CREATE INDEX subscriptions_due ON subscriptions (current_period_end)
    WHERE status IN ('active', 'past_due', 'trialing', 'paused');

-- Dunning: the configuration a session uses by default for a customer with a past_due
-- subscription (at most one per merchant), instead of the merchant's default.
ALTER TABLE portal_configurations ADD COLUMN is_past_due_default BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX one_past_due_configuration_per_merchant
    ON portal_configurations (merchant_id) WHERE is_past_due_default;

-- A customer's own pending items (credit from an ended subscription).
CREATE INDEX invoice_items_customer_pending ON invoice_items (customer_id)
    WHERE invoice_id IS NULL AND subscription_id IS NULL;

-- Prices every N intervals (`intervalCount`, e.g. every 3 months) and a merchant-chosen
-- `lookupKey` to find a price by, unique per merchant.
ALTER TABLE prices ADD COLUMN interval_count BIGINT NOT NULL DEFAULT 1;
ALTER TABLE prices ADD COLUMN lookup_key TEXT;
CREATE UNIQUE INDEX price_lookup_keys ON prices (merchant_id, lookup_key) WHERE lookup_key IS NOT NULL;
