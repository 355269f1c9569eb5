-- An invoice's PDF, stored the first time it is asked for: a finalised invoice's document
-- never changes afterwards, even when the customer's address or the branding does.
CREATE TABLE invoice_documents (
    invoice_id   TEXT PRIMARY KEY REFERENCES invoices(id),
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    pdf          BYTEA NOT NULL,
    created_at   BIGINT NOT NULL
);
