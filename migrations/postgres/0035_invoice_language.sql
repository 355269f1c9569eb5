-- The language an invoice is written in (its PDF and receipt e-mail), chosen from its
-- customer's preferred locales when it is finalised and kept, so that a re-download reads
-- the same whatever the customer prefers later. Invoices before it were written in English.
ALTER TABLE invoices ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
