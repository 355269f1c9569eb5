-- Receipt PDF links are signed with a key derived from the operator secret and expire
-- (90 days by default). A merchant can void every link issued so far for one invoice:
-- links issued before `links_revoked_at_ms` (unix milliseconds, so that a link made
-- right after a revocation works) are refused.
ALTER TABLE invoice_receipts ADD COLUMN links_revoked_at_ms BIGINT;
