import type { Db } from '../db/open-database'

/** A finding the user dismissed, with the reason they gave (e.g. 按可比价计算). */
export interface Dismissal {
  findingKey: string
  reason: string
  by: string
  at: string
}

/** Check dismissals table access. */
export function createDismissalRepository(db: Db) {
  const byReport = db.prepare(
    'SELECT finding_key AS findingKey, reason, dismissed_by AS by, dismissed_at AS at FROM check_dismissals WHERE report_id = ?',
  )
  const upsert = db.prepare(
    `INSERT INTO check_dismissals (report_id, finding_key, reason, dismissed_by, dismissed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (report_id, finding_key) DO UPDATE SET reason = excluded.reason, dismissed_by = excluded.dismissed_by, dismissed_at = excluded.dismissed_at`,
  )
  const remove = db.prepare('DELETE FROM check_dismissals WHERE report_id = ? AND finding_key = ?')
  return {
    listByReport(reportId: number): Dismissal[] {
      return byReport.all(reportId) as Dismissal[]
    },
    dismiss(reportId: number, dismissal: Omit<Dismissal, 'at'>): void {
      upsert.run(
        reportId,
        dismissal.findingKey,
        dismissal.reason,
        dismissal.by,
        new Date().toISOString(),
      )
    },
    restore(reportId: number, findingKey: string): void {
      remove.run(reportId, findingKey)
    },
  }
}

export type DismissalRepository = ReturnType<typeof createDismissalRepository>
