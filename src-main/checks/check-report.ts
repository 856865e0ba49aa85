import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'
import type { SectionCheck } from './check-rules'
import { checkRuleTable } from './check-rules'
import { checkSectionText } from './check-section-text'
import type { ReportFinding, ReportFix } from '../shared/checks/report-finding'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import { reportCheckData, sectionCheckContext } from './section-check-context'
import { convertOffset, figureAnchor } from '../shared/document/document-text-map'
import { findCounterpart } from '../reports/find-counterpart'
import { findMetricOccurrences } from '../shared/metrics/metric-occurrences'
import { findChartOccurrences } from '../shared/metrics/find-chart-occurrences'

/** The rules' checks of a section, then every plain-text rule on the section's text. */
const sectionChecks: SectionCheck[] = [
  ...checkRuleTable.flatMap((rule) => (rule.check.section ? [rule.check.section] : [])),
  checkSectionText,
]

function checkSection(
  workspace: Workspace,
  data: ReportCheckData,
  section: Section,
  counterpart?: ReturnType<typeof findCounterpart>,
): ReportFinding[] {
  const context = sectionCheckContext(
    workspace,
    data,
    section,
    counterpart ?? findCounterpart(workspace, data.report, section),
  )
  return sectionChecks
    .flatMap((check) => check(context, data))
    .map(({ identity, ...finding }) => {
      const anchorStart = convertOffset(context.shown, context.anchor, finding.start)
      const anchorEnd = convertOffset(context.shown, context.anchor, finding.end)
      return {
        ...finding,
        key: `${finding.rule}|${section.id}|${identity}`,
        sectionId: section.id,
        sectionTitle: section.title,
        anchorStart,
        anchorEnd,
        fix: finding.fix ?? textFixOf(context, finding.suggestion, anchorStart, anchorEnd),
      }
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The fix a suggestion gives when it replaces text alone (a figure is never rewritten). */
function textFixOf(
  context: SectionCheckContext,
  replacement: string | undefined,
  anchorStart: number,
  anchorEnd: number,
): ReportFix | undefined {
  const expected = context.anchor.text.slice(anchorStart, anchorEnd)
  if (replacement === undefined || expected.includes(figureAnchor)) {
    return undefined
  }
  return { kind: 'replace-text', anchorStart, anchorEnd, expected, replacement }
}

/**
 * Proofreads a report (or some of its sections) with every rule: pending figures, stale numbers,
 * stated changes, years not moved on, number usage and punctuation. Dismissed findings come
 * back marked with who dismissed them and why.
 */
export function checkReport(
  workspace: Workspace,
  input: { reportId: number; sectionIds?: number[] },
): ReportFinding[] {
  const report = requireReport(workspace, input.reportId)
  const dismissals = new Map(
    workspace.dismissals.listByReport(report.id).map((item) => [item.findingKey, item]),
  )
  const withDismissals = (finding: ReportFinding): ReportFinding => {
    const dismissal = dismissals.get(finding.key)
    return dismissal && finding.dismissible
      ? { ...finding, dismissed: { reason: dismissal.reason, by: dismissal.by, at: dismissal.at } }
      : finding
  }
  if (!input.sectionIds) {
    const data = reportCheckData(workspace, report)
    return sectionsInReadingOrder(workspace.sections.listByReport(report.id))
      .flatMap((section) => checkSection(workspace, data, section))
      .map(withDismissals)
  }
  const pairs = input.sectionIds.map((id) => {
    const section = workspace.sections.get(id)
    if (!section || section.reportId !== report.id) {
      throw new AppError('section_not_found', { id })
    }
    return { section, counterpart: findCounterpart(workspace, report, section) }
  })
  const checked = pairs.flatMap(({ section, counterpart }) =>
    counterpart ? [section, counterpart.section] : [section],
  )
  const seriesIds = [
    ...findMetricOccurrences(checked).map((occurrence) => occurrence.seriesId),
    ...findChartOccurrences(checked).flatMap((chart) => chart.attributes.seriesIds),
  ]
  const data = reportCheckData(workspace, report, [...new Set(seriesIds)])
  return pairs
    .flatMap(({ section, counterpart }) => checkSection(workspace, data, section, counterpart))
    .map(withDismissals)
}
