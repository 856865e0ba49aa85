import { rollForwardReport } from '../roll-forward/roll-forward-report'
import type { Workspace } from '../workspace/workspace'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { timePairs } from './time-runs'

/**
 * The floor of a roll forward: the same report, section and first-revision rows copied by SQLite
 * alone (INSERT … SELECT, parents re-pointed through the lineage keys), in one transaction.
 */
function rawCopy(workspace: Workspace): (reportId: number) => number {
  const { db } = workspace
  const copyReport = db.prepare(
    `INSERT INTO reports (family_id, year, title, organization, predecessor_id, created_at, updated_at)
     SELECT family_id, year + 1, title, organization, id, @now, @now FROM reports WHERE id = @reportId`,
  )
  const copySections = db.prepare(
    `INSERT INTO sections (report_id, parent_id, position, kind, title, doc, lineage_key, version, updated_at)
     SELECT @newId, parent_id, position, kind, title, doc, lineage_key, 1, @now
     FROM sections WHERE report_id = @reportId ORDER BY id`,
  )
  const repointParents = db.prepare(
    `UPDATE sections SET parent_id = (
       SELECT copy.id FROM sections AS original JOIN sections AS copy
         ON copy.lineage_key = original.lineage_key AND copy.report_id = @newId
       WHERE original.id = sections.parent_id)
     WHERE report_id = @newId AND parent_id IS NOT NULL`,
  )
  const copyRevisions = db.prepare(
    `INSERT INTO section_revisions (section_id, version, doc, title, reason, created_at)
     SELECT id, 1, doc, title, 'create', @now FROM sections WHERE report_id = @newId`,
  )
  return db.transaction((reportId: number) => {
    const now = new Date().toISOString()
    const newId = Number(copyReport.run({ reportId, now }).lastInsertRowid)
    copySections.run({ reportId, newId, now })
    repointParents.run({ newId })
    copyRevisions.run({ newId, now })
    return newId
  })
}

/** P2: roll the large report forward, next to SQLite copying the same rows. */
export async function measureRollForward(
  workspace: Workspace,
  reportId: number,
  runs: number,
): Promise<Measurement> {
  const copy = rawCopy(workspace)
  let suggestions = 0
  const samples = await timePairs(
    () => {
      suggestions = rollForwardReport(workspace, { reportId, confirmSecond: true }).suggestions
        .length
    },
    () => copy(reportId),
    runs,
  )
  const app = percentile(samples.app, 50)
  const reference = percentile(samples.reference, 50)
  return {
    id: 'P2',
    operation: `roll the report forward (rollForwardReport: copy, move edition years, ${suggestions} date suggestions)`,
    value: roundFigure(app),
    unit: 'ms',
    reference: {
      operation: 'SQLite INSERT … SELECT of the same report, section and revision rows',
      value: roundFigure(reference),
      unit: 'ms',
    },
    ratio: roundFigure(app / reference),
    target: '≤ 3× the copy',
    pass: app <= 3 * reference,
    runs,
  }
}
