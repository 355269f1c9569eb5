-- Custom domains: a merchant claims a host name, proves it with a TXT record, and its
-- customers' portal links then use it. Several merchants may claim a name while pending;
-- only one can hold it verified (the partial unique index).
CREATE TABLE custom_domains (
    id                 TEXT PRIMARY KEY,
    merchant_id        TEXT NOT NULL REFERENCES merchants(id),
    domain             TEXT NOT NULL,
    verification_token TEXT NOT NULL,
    verified_at        BIGINT,
    last_checked_at    BIGINT,
    last_check_error   TEXT,
    created_at         BIGINT NOT NULL,
    UNIQUE (merchant_id, domain)
);
CREATE UNIQUE INDEX custom_domains_verified ON custom_domains (domain) WHERE verified_at IS NOT NULL;

-- Origins allowed to embed a configuration's portal in an iframe (JSON array; empty: none).
ALTER TABLE portal_configurations ADD COLUMN frame_ancestors TEXT NOT NULL DEFAULT '[]';
