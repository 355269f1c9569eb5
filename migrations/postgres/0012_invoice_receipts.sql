-- The receipt of a paid invoice, rendered (HTML and plain text, in the merchant's brand)
-- in the transaction that records the payment. `%PDF_URL%` in the bodies stands for the
-- PDF link, completed with the portal's public URL when the receipt is read or sent.
CREATE TABLE invoice_receipts (
    invoice_id   TEXT PRIMARY KEY REFERENCES invoices(id),
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    recipient    TEXT,
    subject      TEXT NOT NULL,
    html         TEXT NOT NULL,
    text         TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    sent_at      BIGINT
);
