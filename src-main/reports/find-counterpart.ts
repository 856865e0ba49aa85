import type { Report } from '../shared/reports/report'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'

/** Last year's report of a report: its predecessor, else the family's live report of year − 1. */
export function previousReportOf(workspace: Workspace, report: Report): Report | undefined {
  const predecessor =
    report.predecessorId === null ? undefined : workspace.reports.get(report.predecessorId)
  if (predecessor) {
    return predecessor
  }
  return workspace.reports
    .listFamily(report.familyId)
    .filter((candidate) => candidate.year === report.year - 1 && !candidate.deletedAt)
    .at(-1)
}

/** The section of last year's report that this section was carried forward from (same lineage key). */
export function findCounterpart(
  workspace: Workspace,
  report: Report,
  section: Section,
): { report: Report; section: Section } | undefined {
  const previous = previousReportOf(workspace, report)
  if (!previous) {
    return undefined
  }
  const counterpart = workspace.sections.findByLineage(previous.id, section.lineageKey)
  return counterpart ? { report: previous, section: counterpart } : undefined
}
