-- Idempotency-Key on the API's POST and DELETE requests, scoped to the merchant and mode and
-- kept 24 hours. A row is claimed (with a lease) before the request runs; the operation's
-- own transaction marks it `committed`, so a request whose answer was lost is never run
-- twice; the answer (status and body) is saved when the request ends and replayed to
-- repeats of the same request.
CREATE TABLE idempotency_keys (
    merchant_id     TEXT NOT NULL REFERENCES merchants(id),
    livemode        BOOLEAN NOT NULL,
    idempotency_key TEXT NOT NULL,
    method          TEXT NOT NULL,
    path            TEXT NOT NULL,
    -- SHA-256 of the request body, hex.
    body_hash       TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    -- While the first request runs: repeats before this time are 409.
    locked_until    BIGINT,
    committed       BOOLEAN NOT NULL DEFAULT FALSE,
    response_status BIGINT,
    response_body   TEXT,
    PRIMARY KEY (merchant_id, livemode, idempotency_key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
