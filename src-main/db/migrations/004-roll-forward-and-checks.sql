CREATE TABLE roll_forward_suggestions (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
  anchor_start INTEGER NOT NULL,
  anchor_end INTEGER NOT NULL,
  old_text TEXT NOT NULL,
  proposed_text TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  decided_at TEXT
);
CREATE INDEX roll_forward_suggestions_report ON roll_forward_suggestions(report_id, status);

CREATE TABLE check_dismissals (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  finding_key TEXT NOT NULL,
  reason TEXT NOT NULL,
  dismissed_by TEXT NOT NULL DEFAULT '',
  dismissed_at TEXT NOT NULL,
  UNIQUE (report_id, finding_key)
);
