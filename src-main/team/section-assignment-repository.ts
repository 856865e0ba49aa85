import type { Db } from '../db/open-database'

/** Which accounts write which sections; a section with no row is open to every writer. */
export function createSectionAssignmentRepository(db: Db) {
  const byReport = db.prepare(
    'SELECT a.section_id AS sectionId, a.user_id AS userId FROM section_assignments a ' +
      'JOIN sections s ON s.id = a.section_id WHERE s.report_id = ? ORDER BY a.section_id, a.user_id',
  )
  const bySection = db.prepare(
    'SELECT user_id AS userId FROM section_assignments WHERE section_id = ? ORDER BY user_id',
  )
  const clear = db.prepare('DELETE FROM section_assignments WHERE section_id = ?')
  const insert = db.prepare('INSERT INTO section_assignments (section_id, user_id) VALUES (?, ?)')
  return {
    listByReport(reportId: number): { sectionId: number; userId: number }[] {
      return byReport.all(reportId) as { sectionId: number; userId: number }[]
    },
    usersOf(sectionId: number): number[] {
      return (bySection.all(sectionId) as { userId: number }[]).map((row) => row.userId)
    },
    /** Replaces a section's assignees, in one transaction. */
    replace(sectionId: number, userIds: number[]): void {
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
