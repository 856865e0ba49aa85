import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentPlainText } from '../document/plain-text'
import { importText } from '../import/text-import-service'
import { openReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import {
  acceptSeries,
  deleteSeries,
  figureRendererFor,
  listReportMetrics,
  mergeSeries,
  rejectSeries,
  relabelSeries,
  setMetricReview,
  setMetricValue,
} from './metric-service'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace
let reportId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = importText(workspace, { text: sample, year: 2025 })
})
afterEach(() => workspace.close())

function reportText(): string {
  const { report, sections } = openReport(workspace, reportId)
  const render = figureRendererFor(workspace, report)
  const ordered = sectionsInReadingOrder(sections).map((section) =>
    documentPlainText(section.doc, render),
  )
  return ordered.join('\n')
}

function row(label: string) {
  const found = listReportMetrics(workspace, reportId).rows.find((item) => item.label === label)
  if (!found) {
    throw new Error(`no series ${label}`)
  }
  return found
}

const squeeze = (text: string) => text.replace(/\s+/g, '')

describe('figures bound on import', () => {
  it('renders the sample back character for character from the stored values', () => {
    expect(squeeze(reportText())).toBe(squeeze(sample))
    const paragraphs = reportText().split('\n')
    for (const paragraph of paragraphs) {
      expect(squeeze(sample)).toContain(squeeze(paragraph))
    }
  })

  it('binds 原煤产量 as a 吨 series with its 2025 value, proposed for review', () => {
    expect(row('原煤产量')).toMatchObject({
      unit: '吨',
      displayUnit: '万吨',
      kind: 'amount',
      bindingStatus: 'proposed',
      current: { value: 35980000, year: 2025, source: 'import', reviewStatus: 'pending' },
      previous: null,
      occurrences: [{ sectionTitle: '传统产业焕发绿色生机', index: 0 }],
    })
  })

  it('links a change figure to the amount it follows', () => {
    const change = listReportMetrics(workspace, reportId).rows.find(
      (item) => item.kind === 'change' && item.current?.value === 46,
    )!
    expect(workspace.metrics.getSeries(change.baseSeriesId!)).toMatchObject({ unit: '千瓦时' })
  })
})

describe('editing values', () => {
  it('changes every occurrence at once when a value is set', () => {
    setMetricValue(workspace, { reportId, seriesId: row('原煤产量').id, text: '3700万吨' })
    expect(reportText()).toContain('3700万吨原煤产量')
    expect(reportText()).not.toContain('3598万吨')
    expect(row('原煤产量').current).toMatchObject({
      value: 37000000,
      source: 'manual',
      reviewStatus: 'pending',
    })
  })

  it('reads a bare number in the display unit', () => {
    setMetricValue(workspace, { reportId, seriesId: row('原煤产量').id, text: '3650' })
    expect(row('原煤产量').current!.value).toBe(36500000)
  })

  it.each(['abc', '3,5,', '', '3700万元', '12 34'])(
    'refuses %j and keeps the old value',
    (text) => {
      const seriesId = row('原煤产量').id
      expect(() => setMetricValue(workspace, { reportId, seriesId, text })).toThrow(
        expect.objectContaining({ code: expect.stringMatching(/invalid_value|unit_mismatch/) }),
      )
      expect(row('原煤产量').current!.value).toBe(35980000)
    },
  )

  it('records who checked a value and when', () => {
    const seriesId = row('原煤产量').id
    const checked = setMetricReview(workspace, {
      reportId,
      seriesId,
      status: 'checked',
      reviewer: '王涵',
    })
    expect(checked).toMatchObject({ reviewStatus: 'checked', reviewedBy: '王涵' })
    expect(checked.reviewedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    setMetricValue(workspace, { reportId, seriesId, text: '3700万吨' })
    expect(row('原煤产量').current).toMatchObject({ reviewStatus: 'pending', reviewedBy: null })
  })
})

describe('reviewing an import', () => {
  it('accepts and relabels', () => {
    const seriesId = row('原煤产量').id
    acceptSeries(workspace, { reportId, seriesIds: [seriesId] })
    expect(row('原煤产量').bindingStatus).toBe('accepted')
    relabelSeries(workspace, { reportId, seriesId, label: '全区原煤产量' })
    expect(row('全区原煤产量').id).toBe(seriesId)
  })

  it('rejects a figure back into plain text without changing the text', () => {
    const before = reportText()
    const seriesId = row('原煤产量').id
    rejectSeries(workspace, { reportId, seriesId })
    expect(reportText()).toBe(before)
    expect(listReportMetrics(workspace, reportId).rows.some((item) => item.id === seriesId)).toBe(
      false,
    )
    expect(workspace.metrics.getSeries(seriesId)).toBeUndefined()
  })

  it('merges two series of the same unit, and refuses different units', () => {
    const rows = listReportMetrics(workspace, reportId).rows
    const [first, second] = rows.filter((item) => item.unit === '吨')
    mergeSeries(workspace, { reportId, fromSeriesId: second.id, intoSeriesId: first.id })
    const merged = listReportMetrics(workspace, reportId).rows.find((item) => item.id === first.id)!
    expect(merged.occurrences.length).toBe(first.occurrences.length + second.occurrences.length)
    const yuan = rows.find((item) => item.unit === '元')!
    expect(() =>
      mergeSeries(workspace, { reportId, fromSeriesId: yuan.id, intoSeriesId: first.id }),
    ).toThrow(expect.objectContaining({ code: 'merge_unit_mismatch' }))
  })

  it('refuses to delete a series still in use, naming the places', () => {
    expect(() => deleteSeries(workspace, { reportId, seriesId: row('原煤产量').id })).toThrow(
      expect.objectContaining({
        code: 'series_in_use',
        message: expect.stringContaining('传统产业焕发绿色生机'),
      }),
    )
  })
})

describe('the lean series reads that render figures', () => {
  it('give the same labels and values as the full rows, and render alike', () => {
    const { report } = openReport(workspace, reportId)
    const series = workspace.metrics.listSeries(report.familyId)
    const ids = series.map((item) => item.id)
    expect(ids.length).toBeGreaterThan(40)
    expect(workspace.metrics.labelsOf(ids)).toEqual(
      new Map(series.map((item) => [item.id, item.label])),
    )
    const full = workspace.metrics.listValuesOf(ids, 2024, 2025)
    const numbers = workspace.metrics.numbersOf(ids, 2024, 2025)
    expect(numbers.size).toBe(full.length)
    for (const value of full) {
      expect(numbers.get(`${value.seriesId}:${value.year}`)).toBe(value.value)
    }
    expect(workspace.metrics.labelsOf([])).toEqual(new Map())
    expect(workspace.metrics.numbersOf([999_999], 2024, 2025)).toEqual(new Map())
  })
})
