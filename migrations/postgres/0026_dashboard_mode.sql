-- The mode a dashboard session looks at: test data (the default) or, once the merchant
-- has a live key, live data. Switched from the dashboard's header.
ALTER TABLE dashboard_sessions ADD COLUMN livemode BOOLEAN NOT NULL DEFAULT FALSE;
