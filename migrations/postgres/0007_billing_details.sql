-- Billing details a customer (or the merchant) keeps up to date: phone and address on the
-- customer, and tax IDs (`txi_...`), which are removed by marking them deleted.
ALTER TABLE customers ADD COLUMN phone TEXT;
ALTER TABLE customers ADD COLUMN address_line1 TEXT;
ALTER TABLE customers ADD COLUMN address_line2 TEXT;
ALTER TABLE customers ADD COLUMN address_city TEXT;
ALTER TABLE customers ADD COLUMN address_postal_code TEXT;
ALTER TABLE customers ADD COLUMN address_state TEXT;
ALTER TABLE customers ADD COLUMN address_country TEXT;

CREATE TABLE tax_ids (
    id           TEXT PRIMARY KEY,
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    type         TEXT NOT NULL,
    value        TEXT NOT NULL,
    country      TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    deleted_at   BIGINT
);
CREATE INDEX tax_ids_by_customer ON tax_ids (customer_id);
