import type { Handlers } from '../contract/channels'
import { requireReport } from '../reports/report-service'
import { requireSection } from '../sections/section-service'
import { AppError } from '../shared/errors/app-error'
import type { SectionPresence, TeamMember } from '../shared/team/team-member-schema'
import type { Workspace } from '../workspace/workspace'
import { createSectionAssignmentRepository } from './section-assignment-repository'
import { createTeamUserRepository } from './team-user-repository'

/** What the team server lends the team channels: live presence, and a hook for reassignments. */
export interface TeamHandlerOptions {
  presence?: (reportId: number) => SectionPresence[]
  onAssignmentChanged?: (sectionId: number) => void
}

/** The team channels: accounts as others see them, who is where, and who writes which section. */
export function teamHandlers(workspace: Workspace, options: TeamHandlerOptions = {}) {
  const users = createTeamUserRepository(workspace.db)
  const assignments = createSectionAssignmentRepository(workspace.db)
  const members = (): Map<number, TeamMember> =>
    new Map(
      users
        .listUsers()
        .filter((user) => !user.disabled)
        .map((user) => [user.id, { id: user.id, name: user.name, role: user.role }]),
    )
  const assignmentOf = (sectionId: number, known = members()) => ({
    sectionId,
    members: assignments
      .usersOf(sectionId)
      .map((id) => known.get(id))
      .filter((member): member is TeamMember => member !== undefined),
  })
  return {
    'team.users': () => [...members().values()],
    'team.presence': ({ reportId }) => {
      requireReport(workspace, reportId)
      return options.presence?.(reportId) ?? []
    },
    'sections.assignments': ({ reportId }) => {
      requireReport(workspace, reportId)
      const known = members()
      const sectionIds = [
        ...new Set(assignments.listByReport(reportId).map((row) => row.sectionId)),
      ]
      return sectionIds.map((sectionId) => assignmentOf(sectionId, known))
    },
    'sections.assign': ({ sectionId, userIds }) => {
      requireSection(workspace, sectionId)
      const known = members()
      const unknown = userIds.find((id) => !known.has(id))
      if (unknown !== undefined) {
        throw new AppError('team_user_not_found', { id: unknown })
      }
      assignments.replace(sectionId, userIds)
      options.onAssignmentChanged?.(sectionId)
      return assignmentOf(sectionId, known)
    },
  } satisfies Partial<Handlers>
}
