import type { Db } from '../db/open-database'
import type {
  RollForwardSuggestion,
  SuggestionKind,
  SuggestionStatus,
} from '../shared/roll-forward/roll-forward-suggestion'

interface SuggestionRow {
  id: number
  report_id: number
  section_id: number
  anchor_start: number
  anchor_end: number
  old_text: string
  proposed_text: string
  kind: string
  status: string
}

function toSuggestion(row: SuggestionRow): RollForwardSuggestion {
  return {
    id: row.id,
    reportId: row.report_id,
    sectionId: row.section_id,
    anchorStart: row.anchor_start,
    anchorEnd: row.anchor_end,
    oldText: row.old_text,
    proposedText: row.proposed_text,
    kind: row.kind as SuggestionKind,
    status: row.status as SuggestionStatus,
  }
}

export type NewSuggestion = Omit<RollForwardSuggestion, 'id' | 'status'>

/** Roll-forward suggestions table access. */
export function createSuggestionRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO roll_forward_suggestions (report_id, section_id, anchor_start, anchor_end, old_text, proposed_text, kind)
     VALUES (@reportId, @sectionId, @anchorStart, @anchorEnd, @oldText, @proposedText, @kind)`,
  )
  const byReport = db.prepare(
    `SELECT s.* FROM roll_forward_suggestions s JOIN sections c ON c.id = s.section_id
     WHERE s.report_id = ? ORDER BY c.id, s.anchor_start`,
  )
  const decide = db.prepare(
    'UPDATE roll_forward_suggestions SET status = ?, decided_at = ?, anchor_start = ?, anchor_end = ? WHERE id = ?',
  )
  return {
    insert(suggestion: NewSuggestion): number {
      return Number(insert.run(suggestion).lastInsertRowid)
    },
    listByReport(reportId: number): RollForwardSuggestion[] {
      return (byReport.all(reportId) as SuggestionRow[]).map(toSuggestion)
    },
    decide(id: number, status: SuggestionStatus, anchorStart: number, anchorEnd: number): void {
      decide.run(status, new Date().toISOString(), anchorStart, anchorEnd, id)
    },
  }
}

export type SuggestionRepository = ReturnType<typeof createSuggestionRepository>
