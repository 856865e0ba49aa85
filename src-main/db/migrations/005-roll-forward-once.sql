-- The nth roll forward of a report: two roll forwards decided on the same state claim the same number.
ALTER TABLE reports ADD COLUMN roll_forward_number INTEGER;
UPDATE reports
SET roll_forward_number = (
  SELECT COUNT(*) FROM reports AS earlier
  WHERE earlier.predecessor_id = reports.predecessor_id AND earlier.id <= reports.id
)
WHERE predecessor_id IS NOT NULL;
CREATE UNIQUE INDEX reports_roll_forward_once ON reports(predecessor_id, roll_forward_number)
WHERE predecessor_id IS NOT NULL;
