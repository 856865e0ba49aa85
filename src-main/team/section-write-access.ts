import { isReportLocked } from '../review/report-lock'
import { AppError } from '../shared/errors/app-error'
import type { Section } from '../shared/sections/section'
import type { TeamCaller } from '../shared/team/team-caller'
import type { Workspace } from '../workspace/workspace'
import { mayCallChannel } from '../shared/team/channel-permissions'
import { createSectionAssignmentRepository } from './section-assignment-repository'

/** How a live connection to a section may work: the provider's `authenticated` event says so. */
export type LiveScope = 'read-write' | 'readonly'

/** Whether a writer is kept out of a section because it is assigned to others only. */
export function assignedToOthers(workspace: Workspace, caller: TeamCaller, sectionId: number) {
  if (caller.role !== 'writer') {
    return false
  }
  const assigned = createSectionAssignmentRepository(workspace.db).listBySection(sectionId)
  return assigned.length > 0 && !assigned.some((row) => row.userId === caller.userId)
}

/**
 * The scope of `caller`'s live connection to a section: read-only for a reviewer, for a writer
 * when the section is assigned to others only, and for everybody while the report is locked by
 * its 终审. Throws `section_not_found`, `section_deleted` or `report_deleted` for a section no one
 * may open live.
 */
export function liveSectionScope(
  workspace: Workspace,
  caller: TeamCaller,
  sectionId: number,
): { section: Section; scope: LiveScope } {
  const section = workspace.sections.get(sectionId)
  if (!section) {
    throw new AppError('section_not_found', { id: sectionId })
  }
  if (section.deletedAt) {
    throw new AppError('section_deleted')
  }
  if (workspace.reports.get(section.reportId)?.deletedAt) {
    throw new AppError('report_deleted')
  }
  const writes =
    mayCallChannel(caller.role, 'sections.save') &&
    !assignedToOthers(workspace, caller, sectionId) &&
    !isReportLocked(workspace.db, section.reportId)
  return { section, scope: writes ? 'read-write' : 'readonly' }
}
