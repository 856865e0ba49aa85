import { emptyDocument } from '../document/document-json'
import { AppError } from '../errors/app-error'
import type { Section } from '../sections/section'
import type { Workspace } from '../workspace/workspace'
import type { Report } from './report'
import { createReportWithSections } from './create-report-with-sections'

/** A report with its whole outline, as the editor opens it. */
export interface OpenedReport {
  report: Report
  sections: Section[]
}

/** Loads a report or fails with `report_not_found`. */
export function requireReport(workspace: Workspace, id: number): Report {
  const report = workspace.reports.get(id)
  if (!report) {
    throw new AppError('report_not_found', { id })
  }
  return report
}

/** A new report holding just a title line and an empty lead, ready to write. */
export function createEmptyReport(
  workspace: Workspace,
  input: { year: number; title: string; organization: string },
): Report {
  const id = createReportWithSections(workspace, input, [
    {
      kind: 'title',
      title: input.title,
      doc: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: input.title }] },
        ],
      },
      children: [],
    },
    { kind: 'lead', title: '', doc: emptyDocument(), children: [] },
  ])
  return requireReport(workspace, id)
}

export function openReport(workspace: Workspace, id: number): OpenedReport {
  return { report: requireReport(workspace, id), sections: workspace.sections.listByReport(id) }
}

export function renameReport(workspace: Workspace, id: number, title: string): Report {
  requireReport(workspace, id)
  workspace.reports.rename(id, title)
  return requireReport(workspace, id)
}

/** Moves a report to the trash (restorable) or back out of it. */
export function setReportDeleted(workspace: Workspace, id: number, deleted: boolean): Report {
  requireReport(workspace, id)
  workspace.reports.setDeleted(id, deleted)
  return requireReport(workspace, id)
}
