import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import { checkReport } from './check-report'
import type { ReportFinding } from '../shared/checks/report-finding'

function requireFinding(
  workspace: Workspace,
  reportId: number,
  sectionId: number,
  key: string,
): ReportFinding {
  const finding = checkReport(workspace, { reportId, sectionIds: [sectionId] }).find(
    (item) => item.key === key,
  )
  if (!finding) {
    throw new AppError('finding_gone')
  }
  return finding
}

/** Dismisses a warning with the user's reason (e.g. 按可比价计算), or takes a dismissal back. */
export function dismissFinding(
  workspace: Workspace,
  input: { reportId: number; sectionId: number; key: string; reason?: string; by?: string },
): ReportFinding[] {
  const report = requireReport(workspace, input.reportId)
  if (input.reason === undefined) {
    workspace.dismissals.restore(report.id, input.key)
  } else {
    const finding = requireFinding(workspace, report.id, input.sectionId, input.key)
    if (!finding.dismissible) {
      throw new AppError('finding_not_dismissible')
    }
    workspace.dismissals.dismiss(report.id, {
      findingKey: input.key,
      reason: input.reason,
      by: input.by ?? '',
    })
  }
  return checkReport(workspace, { reportId: report.id, sectionIds: [input.sectionId] })
}
