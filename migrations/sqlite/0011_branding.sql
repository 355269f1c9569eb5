-- A merchant's brand, applied to the portal, invoice PDFs and receipts. Kept on the
-- merchant row so that the portal's one access query brings it along. The logo (PNG, or
-- SVG after sanitising) is served from its own URL, versioned by `brand_updated_at`.
ALTER TABLE merchants ADD COLUMN brand_business_name TEXT;
ALTER TABLE merchants ADD COLUMN brand_accent_color TEXT;
ALTER TABLE merchants ADD COLUMN brand_support_url TEXT;
ALTER TABLE merchants ADD COLUMN brand_support_email TEXT;
ALTER TABLE merchants ADD COLUMN brand_privacy_url TEXT;
ALTER TABLE merchants ADD COLUMN brand_terms_url TEXT;
ALTER TABLE merchants ADD COLUMN brand_logo BLOB;
ALTER TABLE merchants ADD COLUMN brand_logo_type TEXT;
ALTER TABLE merchants ADD COLUMN brand_updated_at INTEGER;
