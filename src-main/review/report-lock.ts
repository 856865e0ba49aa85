import type { Db } from '../db/open-database'

/**
 * Whether a report's text is locked by its signed 终审. PLACEHOLDER until the sign-off work lands
 * (it reads the review tables and replaces this file): no report is locked yet.
 */
export function isReportLocked(_db: Db, _reportId: number): boolean {
  return false
}
