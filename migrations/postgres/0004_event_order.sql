-- Events list in insertion order: on PostgreSQL by this sequence (SQLite uses its rowid).
ALTER TABLE events ADD COLUMN sequence BIGSERIAL;
CREATE INDEX events_by_object_sequence ON events (object_id, sequence);
-- Listing by type (GET /v1/events?type=) is indexed here.
CREATE INDEX events_by_merchant_type ON events (merchant_id, type, created_at);
