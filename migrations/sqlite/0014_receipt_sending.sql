-- Sending receipts by e-mail (when SMTP is configured). A receipt is due from
-- `next_send_at`; a sender claims it by moving that forward (a lease), then records the
-- outcome: `sent_at`, or a retry time, or `send_failed_at` after the last try. Receipts
-- kept before this migration have no `next_send_at` and are never sent.
ALTER TABLE invoice_receipts ADD COLUMN next_send_at INTEGER;
ALTER TABLE invoice_receipts ADD COLUMN send_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoice_receipts ADD COLUMN send_error TEXT;
ALTER TABLE invoice_receipts ADD COLUMN send_failed_at INTEGER;
CREATE INDEX invoice_receipts_due ON invoice_receipts (next_send_at) WHERE sent_at IS NULL AND send_failed_at IS NULL;
