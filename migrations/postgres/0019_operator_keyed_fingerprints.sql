-- Card and IBAN fingerprints are keyed by the operator's secret (which the database never
-- holds) over the merchant's key kept here, so that a database dump alone cannot brute-force
-- a card number or IBAN back from its last four, brand and fingerprint. Version 1 rows were
-- keyed by the merchant's key only: the server rewrites each of them once when it starts
-- (only it has the operator key) and marks it version 2; new rows are written as version 2.
ALTER TABLE payment_methods ADD COLUMN fingerprint_version BIGINT NOT NULL DEFAULT 1;
