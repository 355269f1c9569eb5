-- A connection made with the processor's test keys (Stripe's sk_test_/pk_test_): live mode
-- then rehearses against the processor's test mode, no real money moves, and test clocks
-- are allowed. Connections before this were live keys only.
ALTER TABLE payment_processors ADD COLUMN sandbox BOOLEAN NOT NULL DEFAULT FALSE;
