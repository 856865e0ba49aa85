import { sectionsInReadingOrder } from '../reports/report-text'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'

/** The subsection halfway through a report in reading order: where "mid-report" edits happen. */
export function findMiddleSection(workspace: Workspace, reportId: number): Section {
  const sections = sectionsInReadingOrder(workspace.sections.listByReport(reportId))
  const middle = Math.floor(sections.length / 2)
  const after = sections.slice(middle).find((section) => section.kind === 'subsection')
  const found = after ?? sections[middle]
  if (!found) {
    throw new Error(`report ${reportId} has no sections`)
  }
  return found
}
