import { replaceTextRange } from '../document/replace-text-range'
import { AppError } from '../errors/app-error'
import { setMetricValue } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { writeSectionBody } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { checkReport } from './check-report'
import type { ReportFinding } from './report-finding'

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

/**
 * Applies a finding's mechanical fix (new text in the section as a new version, or the computed
 * value for the series) and returns the section's findings afterwards.
 */
export function fixFinding(
  workspace: Workspace,
  input: { reportId: number; sectionId: number; key: string },
): ReportFinding[] {
  const report = requireReport(workspace, input.reportId)
  if (report.deletedAt) {
    throw new AppError('report_deleted')
  }
  const { fix } = requireFinding(workspace, report.id, input.sectionId, input.key)
  if (!fix) {
    throw new AppError('finding_not_fixable')
  }
  if (fix.kind === 'set-value') {
    setMetricValue(workspace, {
      reportId: report.id,
      seriesId: fix.seriesId,
      text: fix.text,
      source: 'check',
    })
  } else {
    const section = workspace.sections.get(input.sectionId)!
    const doc = replaceTextRange(
      section.doc,
      fix.anchorStart,
      fix.anchorEnd,
      fix.replacement,
      fix.expected,
    )
    if (!doc) {
      throw new AppError('finding_gone')
    }
    writeSectionBody(workspace, section, section.version, doc, 'check-fix')
  }
  return checkReport(workspace, { reportId: report.id, sectionIds: [input.sectionId] })
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
