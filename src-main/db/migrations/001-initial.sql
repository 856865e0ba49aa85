CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  family_id TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  title TEXT NOT NULL,
  organization TEXT NOT NULL DEFAULT '',
  predecessor_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX reports_family ON reports(family_id);

CREATE TABLE sections (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  doc TEXT NOT NULL,
  lineage_key TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);
CREATE INDEX sections_report ON sections(report_id, parent_id, position);
CREATE INDEX sections_lineage ON sections(lineage_key);

CREATE TABLE section_revisions (
  id INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  doc TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT 'edit',
  created_at TEXT NOT NULL,
  UNIQUE (section_id, version)
);

CREATE TABLE metric_series (
  id INTEGER PRIMARY KEY,
  family_id TEXT NOT NULL,
  label TEXT NOT NULL,
  unit TEXT NOT NULL,
  display_unit TEXT NOT NULL,
  qualifier TEXT NOT NULL DEFAULT 'exact',
  kind TEXT NOT NULL DEFAULT 'amount',
  base_series_id INTEGER REFERENCES metric_series(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX metric_series_family ON metric_series(family_id);

CREATE TABLE metric_values (
  id INTEGER PRIMARY KEY,
  series_id INTEGER NOT NULL REFERENCES metric_series(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  value REAL,
  display_unit TEXT NOT NULL DEFAULT '',
  qualifier TEXT NOT NULL DEFAULT 'exact',
  source TEXT NOT NULL DEFAULT '',
  review_status TEXT NOT NULL DEFAULT 'pending',
  reviewed_by TEXT,
  reviewed_at TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (series_id, year)
);

CREATE TABLE assets (
  id INTEGER PRIMARY KEY,
  report_id INTEGER REFERENCES reports(id) ON DELETE CASCADE,
  mime_type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  caption TEXT NOT NULL DEFAULT '',
  credit TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
