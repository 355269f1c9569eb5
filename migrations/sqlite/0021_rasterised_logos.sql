-- The PNG rendition of an SVG logo (for PDFs and e-mail clients), drawn once when the logo
-- is uploaded instead of on every request; NULL for a PNG logo, which is its own rendition.
-- Logos uploaded before this are drawn once when the server starts.
ALTER TABLE merchants ADD COLUMN brand_logo_png BLOB;
