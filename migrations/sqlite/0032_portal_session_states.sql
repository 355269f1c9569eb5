-- When a session was ended by the merchant (revoked), as opposed to expiring or signing
-- out; and the language it was minted with (`auto`: the browser's Accept-Language).
ALTER TABLE portal_sessions ADD COLUMN revoked_at INTEGER;
ALTER TABLE portal_sessions ADD COLUMN locale TEXT NOT NULL DEFAULT 'auto';
