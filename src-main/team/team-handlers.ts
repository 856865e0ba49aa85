import type { Handlers } from '../contract/channels'
import { requireReport } from '../reports/report-service'
import { requireSection } from '../sections/section-service'
import { AppError } from '../shared/errors/app-error'
import type { SectionAssignment, SectionPresence } from '../shared/team/team-member-schema'
import type { Workspace } from '../workspace/workspace'
import type { AssignmentRow } from './section-assignment-repository'
import { createSectionAssignmentRepository } from './section-assignment-repository'
import { createTeamUserRepository } from './team-user-repository'

/** What the team server gives the team handlers: live presence, and a hook for new assignments. */
export interface TeamHandlerOptions {
  /** Who has which section of a report open right now (the team server's live connections). */
  presence?: (reportId: number) => SectionPresence[]
  /** Called after a section's assignment changed, so live connections take their new scope. */
  onAssignmentChanged?: (sectionId: number) => void
}

const member = (row: AssignmentRow) => ({ id: row.userId, name: row.name, role: row.role })

/** Team accounts, presence and who writes which section. */
export function teamHandlers(workspace: Workspace, options: TeamHandlerOptions = {}) {
  const users = createTeamUserRepository(workspace.db)
  const assignments = createSectionAssignmentRepository(workspace.db)
  return {
    'team.users': () =>
      users
        .listUsers()
        .filter((user) => !user.disabled)
        .map(({ id, name, role }) => ({ id, name, role })),
    'team.presence': ({ reportId }) => {
      requireReport(workspace, reportId)
      return options.presence?.(reportId) ?? []
    },
    'sections.assignments': ({ reportId }) => {
      requireReport(workspace, reportId)
      const rows = assignments.listByReport(reportId)
      return workspace.sections.listByReport(reportId).map((section): SectionAssignment => ({
        sectionId: section.id,
        members: rows.filter((row) => row.sectionId === section.id).map(member),
      }))
    },
    'sections.assign': ({ sectionId, userIds }) => {
      requireSection(workspace, sectionId)
      for (const userId of userIds) {
        const user = users.getUser(userId)
        if (!user) {
          throw new AppError('team_user_not_found', { id: userId })
        }
        if (user.disabled) {
          throw new AppError('team_account_disabled', { name: user.name })
        }
      }
      assignments.replace(sectionId, userIds)
      options.onAssignmentChanged?.(sectionId)
      return { sectionId, members: assignments.listBySection(sectionId).map(member) }
    },
  } satisfies Partial<Handlers>
}
