import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { importText } from '../../import/text-import-service'
import { listReportMetrics, setMetricValue } from '../../metrics/metric-service'
import { setSeriesLink } from '../../metrics/set-series-link'
import { rollForwardReport } from '../../roll-forward/roll-forward-report'
import { saveSection } from '../../sections/section-service'
import type { Workspace } from '../../workspace/workspace'
import { openWorkspace } from '../../workspace/workspace'
import { checkReport } from '../../checks/check-report'
import type { ReportFinding } from './report-finding'
import { sectionsUsingSeries } from './sections-using-series'

const sample = readFileSync(
  join(__dirname, '..', '..', '..', 'resources', 'shangdang-2025.txt'),
  'utf8',
)
let workspace: Workspace
let reportId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  const lastYear = importText(workspace, { text: sample, year: 2025 })
  // Next year's report: every figure pending until its value is typed in.
  reportId = rollForwardReport(workspace, { reportId: lastYear }).reportId
})
afterEach(() => workspace.close())

const sectionsOf = (rows: { occurrences: { sectionId: number }[] }) =>
  new Set(rows.occurrences.map((place) => place.sectionId))

function inSection(findings: ReportFinding[], sectionId: number): ReportFinding[] {
  return findings.filter((finding) => finding.sectionId === sectionId)
}

it('re-checks after a value edit only the sections using the series, finding what a full check finds', () => {
  const rows = listReportMetrics(workspace, reportId).rows
  // X: an amount standing in one section; Y: a change elsewhere, linked to X as its base.
  const amount = rows.find((row) => row.kind === 'amount' && sectionsOf(row).size === 1)!
  const [amountSection] = sectionsOf(amount)
  const change = rows.find(
    (row) => row.kind === 'change' && !sectionsOf(row).has(amountSection!) && sectionsOf(row).size,
  )!
  setSeriesLink(workspace, { reportId, seriesId: change.id, baseSeriesId: amount.id })
  const changeSections = sectionsOf(change)
  // A chart drawing X in a section with no figure of X or Y.
  const used = new Set([amountSection, ...changeSections])
  const sections = workspace.sections.listByReport(reportId)
  const chartSection = sections.find((section) => !used.has(section.id) && section.doc.content)!
  const chart = { chartType: 'bar', seriesIds: [amount.id], years: 1, caption: '', note: '' }
  saveSection(workspace, {
    sectionId: chartSection.id,
    baseVersion: chartSection.version,
    doc: {
      ...chartSection.doc,
      content: [...chartSection.doc.content!, { type: 'chart', attrs: chart }],
    },
  })

  const before = checkReport(workspace, { reportId })
  setMetricValue(workspace, { reportId, seriesId: amount.id, text: '3600' })
  const current = workspace.sections.listByReport(reportId)
  const series = listReportMetrics(workspace, reportId).rows
  const rechecked = sectionsUsingSeries(current, series, amount.id)
  const again = checkReport(workspace, { reportId, sectionIds: rechecked })
  const full = checkReport(workspace, { reportId })

  expect(new Set(rechecked)).toEqual(new Set([amountSection, ...changeSections, chartSection.id]))
  expect(rechecked.length).toBeLessThan(current.length / 4)
  for (const section of current) {
    const kept = rechecked.includes(section.id) ? again : before
    expect(inSection(full, section.id), section.title).toEqual(inSection(kept, section.id))
  }
  // The edit changed what those sections show: X's figure and its chart are no longer pending.
  const pending = (findings: ReportFinding[], rule: ReportFinding['rule'], sectionId: number) =>
    inSection(findings, sectionId).filter((finding) => finding.rule === rule).length
  expect(pending(before, 'pending-metric', amountSection!)).toBeGreaterThan(0)
  expect(pending(full, 'pending-metric', amountSection!)).toBeLessThan(
    pending(before, 'pending-metric', amountSection!),
  )
  expect(pending(before, 'pending-chart', chartSection.id)).toBe(1)
  expect(pending(full, 'pending-chart', chartSection.id)).toBe(0)
})

it('names no section for a series no section uses', () => {
  const sections = workspace.sections.listByReport(reportId)
  const series = listReportMetrics(workspace, reportId).rows
  const unused = Math.max(...series.map((row) => row.id)) + 1
  expect(sectionsUsingSeries(sections, series, unused)).toEqual([])
})
