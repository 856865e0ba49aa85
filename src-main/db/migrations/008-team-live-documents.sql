-- The Yjs state of a section's live document on the team server, as of its stored text at
-- `section_version`; the updates typed since then are logged one by one until the next store.
CREATE TABLE live_documents (
  section_id INTEGER PRIMARY KEY REFERENCES sections(id) ON DELETE CASCADE,
  state BLOB NOT NULL,
  section_version INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE live_document_updates (
  id INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
  "update" BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX live_document_updates_section ON live_document_updates(section_id, id);

-- Who writes a section; a section with no row is open to every writer.
CREATE TABLE section_assignments (
  section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES team_users(id) ON DELETE CASCADE,
  PRIMARY KEY (section_id, user_id)
);
CREATE INDEX section_assignments_user ON section_assignments(user_id);
