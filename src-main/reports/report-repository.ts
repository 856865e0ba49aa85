import { randomUUID } from 'node:crypto'
import type { Db } from '../db/open-database'
import type { Report } from '../shared/reports/report'

interface ReportRow {
  id: number
  family_id: string
  year: number
  title: string
  organization: string
  predecessor_id: number | null
  deleted_at: string | null
  created_at: string
  updated_at: string
}

function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    familyId: row.family_id,
    year: row.year,
    title: row.title,
    organization: row.organization,
    predecessorId: row.predecessor_id,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export interface NewReport {
  year: number
  title: string
  organization: string
  familyId?: string
  predecessorId?: number | null
  /** For a roll forward: the how-manyth of its predecessor (see `lastRollForwardNumber`). */
  rollForwardNumber?: number | null
}

/** Reports table access; statements are prepared once per database. */
export function createReportRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO reports (family_id, year, title, organization, predecessor_id, roll_forward_number, created_at, updated_at)
     VALUES (@familyId, @year, @title, @organization, @predecessorId, @rollForwardNumber, @now, @now)`,
  )
  const byId = db.prepare('SELECT * FROM reports WHERE id = ?')
  const live = db.prepare(
    'SELECT * FROM reports WHERE deleted_at IS NULL ORDER BY year DESC, id DESC',
  )
  const trashed = db.prepare(
    'SELECT * FROM reports WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC',
  )
  const successors = db.prepare(
    'SELECT * FROM reports WHERE predecessor_id = ? AND deleted_at IS NULL ORDER BY id',
  )
  const lastRollForward = db.prepare(
    'SELECT COALESCE(MAX(roll_forward_number), 0) FROM reports WHERE predecessor_id = ?',
  )
  const family = db.prepare('SELECT * FROM reports WHERE family_id = ? ORDER BY year, id')
  const rename = db.prepare('UPDATE reports SET title = ?, updated_at = ? WHERE id = ?')
  const setDeleted = db.prepare('UPDATE reports SET deleted_at = ?, updated_at = ? WHERE id = ?')
  const touch = db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?')
  const moveFamily = db.prepare('UPDATE reports SET family_id = ? WHERE family_id = ?')
  const setPredecessor = db.prepare(
    'UPDATE reports SET predecessor_id = ?, updated_at = ? WHERE id = ?',
  )

  return {
    insert(report: NewReport): number {
      const result = insert.run({
        familyId: report.familyId ?? randomUUID(),
        year: report.year,
        title: report.title,
        organization: report.organization,
        predecessorId: report.predecessorId ?? null,
        rollForwardNumber: report.rollForwardNumber ?? null,
        now: new Date().toISOString(),
      })
      return Number(result.lastInsertRowid)
    },
    get(id: number): Report | undefined {
      const row = byId.get(id) as ReportRow | undefined
      return row ? toReport(row) : undefined
    },
    listLive(): Report[] {
      return (live.all() as ReportRow[]).map(toReport)
    },
    listTrashed(): Report[] {
      return (trashed.all() as ReportRow[]).map(toReport)
    },
    listSuccessors(id: number): Report[] {
      return (successors.all(id) as ReportRow[]).map(toReport)
    },
    /**
     * How many times a report has been rolled forward (trashed successors too): the next roll
     * forward claims this + 1, and the database refuses a second claim of the same number.
     */
    lastRollForwardNumber(id: number): number {
      return lastRollForward.pluck().get(id) as number
    },
    /** Every report of a lineage (all years), trashed ones included. */
    listFamily(familyId: string): Report[] {
      return (family.all(familyId) as ReportRow[]).map(toReport)
    },
    rename(id: number, title: string): void {
      rename.run(title, new Date().toISOString(), id)
    },
    setDeleted(id: number, deleted: boolean): void {
      const now = new Date().toISOString()
      setDeleted.run(deleted ? now : null, now, id)
    },
    touch(id: number): void {
      touch.run(new Date().toISOString(), id)
    },
    /** Moves every report of family `from` into family `to` (linking two families). */
    moveFamily(from: string, to: string): void {
      moveFamily.run(to, from)
    },
    setPredecessor(id: number, predecessorId: number | null): void {
      setPredecessor.run(predecessorId, new Date().toISOString(), id)
    },
  }
}

export type ReportRepository = ReturnType<typeof createReportRepository>
