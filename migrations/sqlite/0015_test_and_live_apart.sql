-- Test and live data apart: every object a key, a portal session or a worker reaches
-- carries the mode it was created in, and is read only in that mode. Events, portal
-- sessions, webhook endpoints and audit entries carried it already. Branding and custom
-- domains stay per merchant, shared by both modes.
ALTER TABLE customers ADD COLUMN livemode BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE subscriptions ADD COLUMN livemode BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE invoices ADD COLUMN livemode BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE invoice_items ADD COLUMN livemode BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE payment_methods ADD COLUMN livemode BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tax_ids ADD COLUMN livemode BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE portal_configurations ADD COLUMN livemode BOOLEAN NOT NULL DEFAULT FALSE;

-- Objects a live key made before this migration: known from their live audit entries.
UPDATE customers SET livemode = TRUE
 WHERE id IN (SELECT object_id FROM audit_log WHERE livemode)
    OR id IN (SELECT object_id FROM events WHERE livemode);
UPDATE portal_configurations SET livemode = TRUE
 WHERE id IN (SELECT object_id FROM audit_log WHERE livemode);
UPDATE subscriptions SET livemode = TRUE
 WHERE customer_id IN (SELECT id FROM customers WHERE livemode);
UPDATE invoices SET livemode = TRUE
 WHERE customer_id IN (SELECT id FROM customers WHERE livemode);
UPDATE invoice_items SET livemode = TRUE
 WHERE customer_id IN (SELECT id FROM customers WHERE livemode);
UPDATE payment_methods SET livemode = TRUE
 WHERE customer_id IN (SELECT id FROM customers WHERE livemode);
UPDATE tax_ids SET livemode = TRUE
 WHERE customer_id IN (SELECT id FROM customers WHERE livemode);

-- One default (and one past_due default) configuration per merchant and mode.
DROP INDEX one_default_configuration_per_merchant;
DROP INDEX one_past_due_configuration_per_merchant;
CREATE UNIQUE INDEX one_default_configuration_per_mode
    ON portal_configurations (merchant_id, livemode) WHERE is_default;
CREATE UNIQUE INDEX one_past_due_configuration_per_mode
    ON portal_configurations (merchant_id, livemode) WHERE is_past_due_default;
-- Live mode starts from a copy of the test default where it has none.
INSERT INTO portal_configurations
    (id, merchant_id, is_default, features, business_profile, default_return_url,
     created_at, updated_at, is_past_due_default, frame_ancestors, livemode)
SELECT 'bpc_' || lower(hex(randomblob(12))), merchant_id, TRUE, features, business_profile,
       default_return_url, created_at, updated_at, FALSE, frame_ancestors, TRUE
  FROM portal_configurations t
 WHERE t.is_default AND NOT t.livemode
   AND NOT EXISTS (SELECT 1 FROM portal_configurations l
                    WHERE l.merchant_id = t.merchant_id AND l.livemode AND l.is_default);

-- Live invoices are numbered on their own, so test invoices leave no gaps in them.
ALTER TABLE merchants ADD COLUMN live_invoices_numbered INTEGER NOT NULL DEFAULT 0;
DROP INDEX invoice_numbers;
CREATE UNIQUE INDEX invoice_numbers ON invoices (merchant_id, livemode, number);

CREATE INDEX customers_by_merchant_mode ON customers (merchant_id, livemode);
