-- Comments on a report's text: a thread (parent_id NULL) is anchored to a range of its section;
-- a reply (parent_id set) belongs to a thread and has no anchor of its own.
CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
  anchor_start TEXT,
  anchor_end TEXT,
  quote TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  CHECK (
    (parent_id IS NULL AND anchor_start IS NOT NULL AND anchor_end IS NOT NULL)
    OR (parent_id IS NOT NULL AND anchor_start IS NULL AND anchor_end IS NULL)
  ),
  CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE INDEX comments_report ON comments(report_id, id);
CREATE INDEX comments_parent ON comments(parent_id);

-- The current 三审 signature of each stage of a report; a reopened stage has no row.
CREATE TABLE review_signatures (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK (stage IN ('first', 'second', 'final')),
  user_id INTEGER REFERENCES team_users(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  PRIMARY KEY (report_id, stage)
);

-- What happened to a report's sign-off, in order: each signature and each reopening, with why.
CREATE TABLE review_events (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('signed', 'reopened')),
  stage TEXT NOT NULL CHECK (stage IN ('first', 'second', 'final')),
  by_name TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_events_report ON review_events(report_id, id);
