-- Where redeeming a session lands: NULL for the portal's home, or a flow's page
-- (`payment_method_update`: the payment methods page, where a waiting payment is confirmed).
ALTER TABLE portal_sessions ADD COLUMN flow_type TEXT;

-- E-mails asking a customer to confirm a live payment their bank wants authenticated
-- (3-D Secure) when nobody was in the portal to see it (a renewal, a charge by the API):
-- one per processor payment, queued in the transaction that recorded the attempt, sent
-- by a worker with a lease and retries as receipts are, with a signed link to a fresh
-- portal session.
CREATE TABLE payment_confirmation_mails (
    merchant_id    TEXT NOT NULL REFERENCES merchants(id),
    payment_id     TEXT NOT NULL,
    invoice_id     TEXT NOT NULL REFERENCES invoices(id),
    recipient      TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    next_send_at   BIGINT,
    send_attempts  BIGINT NOT NULL DEFAULT 0,
    sent_at        BIGINT,
    send_error     TEXT,
    -- Set when no more tries follow: refused, tries exhausted, or nothing left to confirm.
    send_failed_at BIGINT,
    PRIMARY KEY (merchant_id, payment_id)
);
CREATE INDEX payment_confirmation_mails_due ON payment_confirmation_mails (next_send_at);
