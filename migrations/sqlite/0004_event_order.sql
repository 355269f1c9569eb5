-- Events list in insertion order: on SQLite by rowid, which grows with every insert.
-- Listing by type (GET /v1/events?type=) is indexed here.
CREATE INDEX events_by_merchant_type ON events (merchant_id, type, created_at);
