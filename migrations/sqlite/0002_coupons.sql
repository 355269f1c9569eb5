-- Coupons (`rwd_...`), caller-chosen ids unique per merchant. Exactly one of
-- percent_off_basis_points (2000 = 20%) and amount_off (minor units of `currency`) is set.
CREATE TABLE coupons (
    merchant_id               TEXT NOT NULL REFERENCES merchants(id),
    id                        TEXT NOT NULL,
    name                      TEXT,
    percent_off_basis_points  BIGINT,
    amount_off                BIGINT,
    currency                  TEXT,
    duration                  TEXT NOT NULL CHECK (duration IN ('once', 'repeating', 'forever')),
    duration_in_months        BIGINT,
    created_at                INTEGER NOT NULL,
    PRIMARY KEY (merchant_id, id),
    CHECK ((percent_off_basis_points IS NULL) <> (amount_off IS NULL))
);
