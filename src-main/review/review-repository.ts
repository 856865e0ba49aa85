import type { z } from 'zod'
import type { Db } from '../db/open-database'
import type { ReviewStage, reviewEventSchema } from '../shared/team/review-schema'

/** One entry of a report's sign-off history (see reviewEventSchema). */
export type ReviewEvent = z.output<typeof reviewEventSchema>

/** A stage's current signature as stored. */
export interface ReviewSignature {
  stage: ReviewStage
  userId: number | null
  name: string
  signedAt: string
}

/** The 三审 signatures of reports and their history; statements prepared once per database. */
export function createReviewRepository(db: Db) {
  const signatures = db.prepare(
    `SELECT stage, user_id AS userId, name, signed_at AS signedAt FROM review_signatures
     WHERE report_id = ?`,
  )
  const insertSignature = db.prepare(
    'INSERT INTO review_signatures (report_id, stage, user_id, name, signed_at) VALUES (?, ?, ?, ?, ?)',
  )
  const deleteSignature = db.prepare(
    'DELETE FROM review_signatures WHERE report_id = ? AND stage = ?',
  )
  const insertEvent = db.prepare(
    'INSERT INTO review_events (report_id, kind, stage, by_name, at, note) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const events = db.prepare(
    `SELECT kind, stage, by_name AS by, at, note FROM review_events WHERE report_id = ?
     ORDER BY id`,
  )

  return {
    /** A report's current signatures, one per signed stage. */
    listSignatures(reportId: number): ReviewSignature[] {
      return signatures.all(reportId) as ReviewSignature[]
    },
    /** A report's sign-off history, oldest first. */
    listEvents(reportId: number): ReviewEvent[] {
      return events.all(reportId) as ReviewEvent[]
    },
    /** Signs a stage and records it; callers run it in a transaction. */
    sign(reportId: number, stage: ReviewStage, signer: { userId: number; name: string }): void {
      const now = new Date().toISOString()
      insertSignature.run(reportId, stage, signer.userId, signer.name, now)
      insertEvent.run(reportId, 'signed', stage, signer.name, now, '')
    },
    /** Voids a stage's signature and records who did and why; callers run it in a transaction. */
    reopen(reportId: number, stage: ReviewStage, by: string, reason: string): void {
      deleteSignature.run(reportId, stage)
      insertEvent.run(reportId, 'reopened', stage, by, new Date().toISOString(), reason)
    },
  }
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>
