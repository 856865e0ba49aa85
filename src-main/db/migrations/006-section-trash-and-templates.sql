ALTER TABLE sections ADD COLUMN deleted_at TEXT;
CREATE INDEX sections_deleted ON sections(report_id, deleted_at);

CREATE TABLE report_templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  outline TEXT NOT NULL,
  created_at TEXT NOT NULL
);
