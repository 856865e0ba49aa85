ALTER TABLE metric_series ADD COLUMN binding_status TEXT NOT NULL DEFAULT 'accepted';
