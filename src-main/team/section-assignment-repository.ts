import type { Db } from '../db/open-database'
import type { TeamRole } from '../shared/team/team-roles'

/** A section's assignment to an account, with the account as others see it. */
export interface AssignmentRow {
  sectionId: number
  userId: number
  name: string
  role: TeamRole
}

/** Who writes which section; statements prepared once per database. */
export function createSectionAssignmentRepository(db: Db) {
  const ofReport = db.prepare(
    `SELECT a.section_id AS sectionId, u.id AS userId, u.name, u.role
     FROM section_assignments a
     JOIN sections s ON s.id = a.section_id
     JOIN team_users u ON u.id = a.user_id
     WHERE s.report_id = ? ORDER BY a.section_id, u.id`,
  )
  const ofSection = db.prepare(
    `SELECT a.section_id AS sectionId, u.id AS userId, u.name, u.role
     FROM section_assignments a JOIN team_users u ON u.id = a.user_id
     WHERE a.section_id = ? ORDER BY u.id`,
  )
  const clear = db.prepare('DELETE FROM section_assignments WHERE section_id = ?')
  const insert = db.prepare('INSERT INTO section_assignments (section_id, user_id) VALUES (?, ?)')
  return {
    listByReport(reportId: number): AssignmentRow[] {
      return ofReport.all(reportId) as AssignmentRow[]
    },
    listBySection(sectionId: number): AssignmentRow[] {
      return ofSection.all(sectionId) as AssignmentRow[]
    },
    /** Replaces the accounts a section is assigned to, in one transaction. */
    replace(sectionId: number, userIds: readonly number[]): void {
      db.transaction(() => {
        clear.run(sectionId)
        for (const userId of new Set(userIds)) {
          insert.run(sectionId, userId)
        }
      })()
    },
  }
}

export type SectionAssignmentRepository = ReturnType<typeof createSectionAssignmentRepository>
