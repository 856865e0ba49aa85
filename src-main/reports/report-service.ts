import type { z } from 'zod'
import { AppError } from '../shared/errors/app-error'
import type { Workspace } from '../workspace/workspace'
import type { Report } from '../shared/reports/report'
import { previousReportOf } from './find-counterpart'
import { requireTemplateOutline } from '../templates/template-service'
import { templateSectionDrafts } from '../templates/template-section-drafts'
import { createReportWithSections } from './create-report-with-sections'
import type { openedReportSchema } from '../shared/reports/opened-report-schema'

/** A report with its whole outline, as the editor opens it (see openedReportSchema). */
export type OpenedReport = z.output<typeof openedReportSchema>

/** Loads a report or fails with `report_not_found`. */
export function requireReport(workspace: Workspace, id: number): Report {
  const report = workspace.reports.get(id)
  if (!report) {
    throw new AppError('report_not_found', { id })
  }
  return report
}

/**
 * A new report from a template's outline (the 两会特刊 skeleton, an empty one with a title and
 * a lead, or a saved structure), ready to write.
 */
export function createReport(
  workspace: Workspace,
  input: { year: number; title: string; organization: string; templateId?: string },
): Report {
  const outline = requireTemplateOutline(workspace, input.templateId ?? 'empty')
  const { templateId: _templateId, ...report } = input
  const id = createReportWithSections(
    workspace,
    report,
    templateSectionDrafts(outline, input.title),
  )
  return requireReport(workspace, id)
}

export function openReport(workspace: Workspace, id: number): OpenedReport {
  const report = requireReport(workspace, id)
  return {
    report,
    sections: workspace.sections.listByReport(id),
    hasPrevious: previousReportOf(workspace, report) !== undefined,
  }
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
