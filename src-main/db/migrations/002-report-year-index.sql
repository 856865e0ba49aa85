CREATE INDEX reports_year ON reports(year, deleted_at);
CREATE INDEX section_revisions_created ON section_revisions(section_id, created_at);
