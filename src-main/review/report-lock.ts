import type { Db } from '../db/open-database'
import type { Statement } from 'better-sqlite3'
import { AppError } from '../shared/errors/app-error'
import { lockingStage } from './review-rules'

const lockQueries = new WeakMap<Db, Statement>()

/**
 * Whether a report's text is locked: its 终审 is signed (and not reopened since). Nothing may
 * change a locked report's text or its figures' values until it is reopened.
 */
export function isReportLocked(db: Db, reportId: number): boolean {
  let query = lockQueries.get(db)
  if (!query) {
    query = db.prepare('SELECT 1 FROM review_signatures WHERE report_id = ? AND stage = ?')
    lockQueries.set(db, query)
  }
  return query.get(reportId, lockingStage) !== undefined
}

/** Fails with `report_locked` when the report's text is locked (see isReportLocked). */
export function requireReportUnlocked(db: Db, reportId: number): void {
  if (isReportLocked(db, reportId)) {
    throw new AppError('report_locked')
  }
}
