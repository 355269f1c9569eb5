-- Languages: the customer's own preference (a JSON array of BCP 47 tags, most preferred
-- first, set through the API), and the language a customer picked in the portal's footer,
-- kept for that portal session.
ALTER TABLE customers ADD COLUMN preferred_locales TEXT NOT NULL DEFAULT '[]';
ALTER TABLE portal_sessions ADD COLUMN chosen_language TEXT;
