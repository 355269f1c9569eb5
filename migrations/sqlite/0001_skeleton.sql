-- The walking skeleton's schema (SQLite). Never edit once applied: add a new migration.
-- Times are unix seconds (UTC) in INTEGER columns, the same representation as on PostgreSQL,
-- so that every comparison is exact and the SQL stays portable.
-- JSON documents (features, event payloads) are TEXT holding canonical JSON.

CREATE TABLE merchants (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

-- Secret API keys: only the SHA-256 of the key is kept; `key_hint` is its last 4 characters.
CREATE TABLE api_keys (
    id           TEXT PRIMARY KEY,
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    key_hash     TEXT NOT NULL UNIQUE,
    key_hint     TEXT NOT NULL,
    livemode     BOOLEAN NOT NULL,
    created_at   INTEGER NOT NULL,
    revoked_at   INTEGER
);

CREATE TABLE customers (
    id           TEXT PRIMARY KEY,
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    name         TEXT,
    email        TEXT,
    created_at   INTEGER NOT NULL
);
CREATE INDEX customers_by_merchant ON customers (merchant_id);

-- Products and prices may carry caller-chosen ids (`prod_basic`), unique per merchant.
CREATE TABLE products (
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    id           TEXT NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT,
    active       BOOLEAN NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (merchant_id, id)
);

CREATE TABLE prices (
    merchant_id  TEXT NOT NULL,
    id           TEXT NOT NULL,
    product_id   TEXT NOT NULL,
    unit_amount  BIGINT NOT NULL CHECK (unit_amount >= 0),
    currency     TEXT NOT NULL,
    billing_interval TEXT NOT NULL CHECK (billing_interval IN ('month', 'year')),
    active       BOOLEAN NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (merchant_id, id),
    FOREIGN KEY (merchant_id, product_id) REFERENCES products (merchant_id, id)
);

CREATE TABLE subscriptions (
    id                    TEXT PRIMARY KEY,
    merchant_id           TEXT NOT NULL,
    customer_id           TEXT NOT NULL REFERENCES customers(id),
    price_id              TEXT NOT NULL,
    quantity              BIGINT NOT NULL CHECK (quantity > 0),
    status                TEXT NOT NULL,
    current_period_start  INTEGER NOT NULL,
    current_period_end    INTEGER NOT NULL,
    cancel_at_period_end  BOOLEAN NOT NULL,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    FOREIGN KEY (merchant_id, price_id) REFERENCES prices (merchant_id, id)
);
CREATE INDEX subscriptions_by_customer ON subscriptions (customer_id);

-- `features` and `business_profile` hold the configuration's JSON; one default per merchant.
CREATE TABLE portal_configurations (
    id                  TEXT PRIMARY KEY,
    merchant_id         TEXT NOT NULL REFERENCES merchants(id),
    is_default          BOOLEAN NOT NULL,
    features            TEXT NOT NULL,
    business_profile    TEXT NOT NULL,
    default_return_url  TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE UNIQUE INDEX one_default_configuration_per_merchant
    ON portal_configurations (merchant_id) WHERE is_default;

-- A portal session is redeemed at most once: the redeeming UPDATE sets `redeemed_at`
-- only where it is still NULL. The link secret and the cookie token are stored as hashes.
CREATE TABLE portal_sessions (
    id                 TEXT PRIMARY KEY,
    merchant_id        TEXT NOT NULL REFERENCES merchants(id),
    customer_id        TEXT NOT NULL REFERENCES customers(id),
    configuration_id   TEXT NOT NULL REFERENCES portal_configurations(id),
    return_url         TEXT NOT NULL,
    secret_hash        TEXT NOT NULL,
    livemode           BOOLEAN NOT NULL,
    created_at         INTEGER NOT NULL,
    expires_at         INTEGER NOT NULL,
    redeemed_at        INTEGER,
    access_token_hash  TEXT UNIQUE,
    access_expires_at  INTEGER
);

-- The outbox: events are written in the transaction of the change they describe.
CREATE TABLE events (
    id                 TEXT PRIMARY KEY,
    merchant_id        TEXT NOT NULL REFERENCES merchants(id),
    type               TEXT NOT NULL,
    customer_id        TEXT,
    object_id          TEXT NOT NULL,
    payload            TEXT NOT NULL,
    initiated_by_type  TEXT NOT NULL,
    initiated_by_id    TEXT,
    livemode           BOOLEAN NOT NULL,
    created_at         INTEGER NOT NULL
);
CREATE INDEX events_by_merchant_time ON events (merchant_id, created_at);
CREATE INDEX events_by_object ON events (object_id);
