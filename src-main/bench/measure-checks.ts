import { checkReport } from '../checks/check-report'
import type { ReportFinding } from '../shared/checks/report-finding'
import { sectionsUsingSeries } from '../shared/checks/sections-using-series'
import { findMetricOccurrences } from '../shared/metrics/metric-occurrences'
import { requireSeries, writeSeriesValue } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import type { Workspace } from '../workspace/workspace'
import { findMiddleSection } from './find-middle-section'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { timeRuns } from './time-runs'

const refreshTarget = { target: 'p95 ≤ 16 ms', limit: 16 }

function elapsedMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6
}

/** Checks one section again, `runs` times: the panel's refresh after a keystroke. */
async function sectionRefresh(
  workspace: Workspace,
  reportId: number,
  sectionId: number,
  runs: number,
) {
  let findings = 0
  const samples = await timeRuns(() => {
    findings = checkReport(workspace, { reportId, sectionIds: [sectionId] }).length
  }, runs)
  const p95 = percentile(samples, 95)
  return {
    findings,
    value: roundFigure(percentile(samples, 50)),
    unit: 'ms',
    p95: roundFigure(p95),
    target: refreshTarget.target,
    pass: p95 <= refreshTarget.limit,
    runs,
  }
}

/** The section with the most findings in a whole-report check (the first of equals), if any. */
function busiestSection(findings: ReportFinding[]): { id: number; title: string } | undefined {
  const counts = new Map<number, { id: number; title: string; count: number }>()
  for (const finding of findings) {
    const entry = counts.get(finding.sectionId) ?? {
      id: finding.sectionId,
      title: finding.sectionTitle,
      count: 0,
    }
    entry.count++
    counts.set(finding.sectionId, entry)
  }
  return [...counts.values()].reduce<{ id: number; title: string; count: number } | undefined>(
    (best, entry) => (best && best.count >= entry.count ? best : entry),
    undefined,
  )
}

/**
 * P9c: after a person changes a value, the checks of the sections that use the series
 * (sectionsUsingSeries, as the report view asks for them) against checking the whole report again.
 * The value is written before each run, untimed, and put back afterwards.
 */
async function recheckAfterValueEdit(
  workspace: Workspace,
  reportId: number,
  runs: number,
): Promise<Measurement> {
  const report = requireReport(workspace, reportId)
  const middle = findMiddleSection(workspace, reportId)
  const seriesId = findMetricOccurrences([middle])[0]?.seriesId
  if (seriesId === undefined) {
    throw new Error(`the mid-report section “${middle.title}” has no figure to edit`)
  }
  const series = requireSeries(workspace, report, seriesId)
  const original = workspace.metrics.getValue(seriesId, report.year)
  const sections = workspace.sections.listByReport(reportId)
  const allSeries = workspace.metrics.listSeries(report.familyId)
  const edit = (index: number) =>
    writeSeriesValue(workspace, series, report.year, (original?.value ?? 100) + 1 + index, 'manual')
  const samples = { app: [] as number[], reference: [] as number[] }
  let rechecked: number[] = []
  let sectionFindings = 0
  let wholeFindings = 0
  try {
    for (let index = -1; index < runs; index++) {
      edit(index)
      let started = process.hrtime.bigint()
      const whole = checkReport(workspace, { reportId })
      const reference = elapsedMs(started)
      started = process.hrtime.bigint()
      rechecked = sectionsUsingSeries(sections, allSeries, seriesId)
      const some = checkReport(workspace, { reportId, sectionIds: rechecked })
      const app = elapsedMs(started)
      if (index < 0) {
        // The warm-up also proves the shortcut right: the same findings as the whole check's.
        const inSection = (findings: ReportFinding[], sectionId: number) =>
          JSON.stringify(findings.filter((finding) => finding.sectionId === sectionId))
        if (rechecked.some((id) => inSection(whole, id) !== inSection(some, id))) {
          throw new Error('re-checking the sections using the series disagrees with a whole check')
        }
        continue
      }
      samples.app.push(app)
      samples.reference.push(reference)
      sectionFindings = some.length
      wholeFindings = whole.length
    }
  } finally {
    if (original) {
      workspace.metrics.writeValue(original)
    } else {
      writeSeriesValue(workspace, series, report.year, null, 'manual')
    }
  }
  const value = percentile(samples.app, 50)
  const reference = percentile(samples.reference, 50)
  const p95 = percentile(samples.app, 95)
  return {
    id: 'P9c',
    operation:
      `checks after a value edit in next year's report: the ${rechecked.length} of ` +
      `${sections.length} sections using the series (${sectionFindings} findings)`,
    value: roundFigure(value),
    unit: 'ms',
    p95: roundFigure(p95),
    reference: {
      operation: `checkReport of the whole report after the same edit (${wholeFindings} findings)`,
      value: roundFigure(reference),
      unit: 'ms',
    },
    ratio: roundFigure(value / reference),
    target: refreshTarget.target,
    pass: p95 <= refreshTarget.limit,
    runs,
  }
}

/**
 * P9: the checks panel's refresh after a keystroke, every rule over one mid-report section. P9b
 * and P9c run in next year's report rolled forward from it, where the writing happens and the
 * checks find things (every figure pending until its value is typed in): P9b the refresh of the
 * section with the most findings, P9c the refresh after a value edit.
 */
export async function measureSectionChecks(
  workspace: Workspace,
  reportId: number,
  runs: number,
): Promise<Measurement[]> {
  const middle = findMiddleSection(workspace, reportId)
  const { findings: middleFindings, ...middleRefresh } = await sectionRefresh(
    workspace,
    reportId,
    middle.id,
    runs,
  )
  const nextYear = rollForwardReport(workspace, { reportId, confirmSecond: true }).reportId
  const busiest =
    busiestSection(checkReport(workspace, { reportId: nextYear })) ??
    findMiddleSection(workspace, nextYear)
  const { findings: busiestFindings, ...busiestRefresh } = await sectionRefresh(
    workspace,
    nextYear,
    busiest.id,
    runs,
  )
  return [
    {
      id: 'P9',
      operation: `checks panel refresh: checkReport for one mid-report section (${middleFindings} findings)`,
      ...middleRefresh,
    },
    {
      id: 'P9b',
      operation: `checks panel refresh in next year's report: its section with the most findings, “${busiest.title}” (${busiestFindings} findings)`,
      ...busiestRefresh,
    },
    await recheckAfterValueEdit(workspace, nextYear, runs),
  ]
}
