import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentPlainText } from '../shared/document/plain-text'
import { importText } from '../import/text-import-service'
import { openReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { listOccurrenceContexts } from './occurrence-contexts'
import { setSeriesLink } from './set-series-link'
import { setSeriesUnit } from './set-series-unit'
import { splitSeries } from './split-series'
import {
  acceptSeries,
  createSeries,
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

  it('links a change figure to the amount whose subject it continues, and no other', () => {
    const change = listReportMetrics(workspace, reportId).rows.find(
      (item) => item.kind === 'change' && item.current?.value === 46,
    )!
    expect(workspace.metrics.getSeries(change.baseSeriesId!)).toMatchObject({ label: '绿电规模' })
    expect(row('城镇居民人均可支配收入增幅').baseSeriesId).toBeNull()
    expect(row('农村居民人均可支配收入增幅').baseSeriesId).toBeNull()
    expect(row('固定资产投资增幅').baseSeriesId).toBeNull()
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
  it('accepts and relabels, renaming without confirming', () => {
    const seriesId = row('原煤产量').id
    relabelSeries(workspace, { reportId, seriesId, label: '全区原煤产量' })
    expect(row('全区原煤产量')).toMatchObject({ id: seriesId, bindingStatus: 'proposed' })
    acceptSeries(workspace, { reportId, seriesIds: [seriesId] })
    expect(row('全区原煤产量').bindingStatus).toBe('accepted')
  })

  it.each([
    ['项目', 'label_too_generic'],
    [' 金额 ', 'label_too_generic'],
    ['洗精煤', 'label_taken'],
    ['洗 精 煤', 'label_taken'],
  ])('refuses to rename to %j (%s), changing nothing', (label, code) => {
    const seriesId = row('原煤产量').id
    expect(() => relabelSeries(workspace, { reportId, seriesId, label })).toThrow(
      expect.objectContaining({ code }),
    )
    expect(row('原煤产量').id).toBe(seriesId)
  })

  it('may keep its own name when renamed to it', () => {
    const seriesId = row('原煤产量').id
    expect(relabelSeries(workspace, { reportId, seriesId, label: '原煤产量' }).label).toBe(
      '原煤产量',
    )
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
    workspace.metrics.writeValue({
      seriesId: second.id,
      year: 2025,
      value: first.current!.value,
      displayUnit: second.displayUnit,
      qualifier: 'exact',
      source: 'manual',
    })
    mergeSeries(workspace, { reportId, fromSeriesId: second.id, intoSeriesId: first.id })
    const merged = listReportMetrics(workspace, reportId).rows.find((item) => item.id === first.id)!
    expect(merged.occurrences.length).toBe(first.occurrences.length + second.occurrences.length)
    const yuan = rows.find((item) => item.unit === '元')!
    expect(() =>
      mergeSeries(workspace, { reportId, fromSeriesId: yuan.id, intoSeriesId: first.id }),
    ).toThrow(expect.objectContaining({ code: 'merge_unit_mismatch' }))
  })

  it('refuses to merge a series into itself, keeping it and its values', () => {
    const seriesId = row('原煤产量').id
    expect(() =>
      mergeSeries(workspace, { reportId, fromSeriesId: seriesId, intoSeriesId: seriesId }),
    ).toThrow(expect.objectContaining({ code: 'merge_same_series' }))
    expect(row('原煤产量').current?.value).toBe(35980000)
    expect(reportText()).toContain('3598万吨原煤产量')
  })

  it('refuses to merge series whose values differ for a year, or of another kind', () => {
    expect(() =>
      mergeSeries(workspace, {
        reportId,
        fromSeriesId: row('洗精煤').id,
        intoSeriesId: row('原煤产量').id,
      }),
    ).toThrow(expect.objectContaining({ code: 'merge_values_conflict' }))
    expect(row('洗精煤').current?.value).toBe(21540000)
    expect(() =>
      mergeSeries(workspace, {
        reportId,
        fromSeriesId: row('开工率').id,
        intoSeriesId: row('绿电规模增幅').id,
      }),
    ).toThrow(expect.objectContaining({ code: 'merge_kind_mismatch' }))
  })

  it('merging fills the years the kept series lacks', () => {
    const kept = row('原煤产量').id
    const created = createSeries(workspace, {
      reportId,
      label: '原煤产量（统计口径）',
      unit: '吨',
      displayUnit: '万吨',
      kind: 'amount',
      text: '',
    })
    workspace.metrics.writeValue({
      seriesId: created.id,
      year: 2024,
      value: 34000000,
      displayUnit: '万吨',
      qualifier: 'exact',
      source: 'spreadsheet',
    })
    mergeSeries(workspace, { reportId, fromSeriesId: created.id, intoSeriesId: kept })
    expect(workspace.metrics.getValue(kept, 2024)?.value).toBe(34000000)
    expect(workspace.metrics.getValue(kept, 2025)?.value).toBe(35980000)
    expect(workspace.metrics.getSeries(created.id)).toBeUndefined()
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

describe('changes and rates', () => {
  it('shows a rate’s change in percentage points and an amount’s in percent', () => {
    const next = rollForwardReport(workspace, { reportId }).reportId
    const rowIn = (label: string) =>
      listReportMetrics(workspace, next).rows.find((item) => item.label === label)!
    setMetricValue(workspace, {
      reportId: next,
      seriesId: rowIn('城镇居民人均可支配收入增幅').id,
      text: '6.8%',
    })
    setMetricValue(workspace, { reportId: next, seriesId: rowIn('原煤产量').id, text: '3700万吨' })
    expect(rowIn('城镇居民人均可支配收入增幅')).toMatchObject({
      change: -0.2,
      changeUnit: '个百分点',
      direction: 'up',
    })
    expect(rowIn('原煤产量')).toMatchObject({ changeUnit: '%', direction: 'up' })
    expect(rowIn('原煤产量').change).toBeCloseTo(2.8349, 3)
  })

  it('gives a bare number the direction the text states, and asks before contradicting it', () => {
    const next = rollForwardReport(workspace, { reportId }).reportId
    const pm = listReportMetrics(workspace, next).rows.find(
      (item) => item.kind === 'change' && item.previous?.value === -11.8,
    )!
    setMetricValue(workspace, { reportId: next, seriesId: pm.id, text: '10.5' })
    expect(workspace.metrics.getValue(pm.id, 2026)?.value).toBe(-10.5)
    setMetricValue(workspace, { reportId: next, seriesId: pm.id, text: '下降9%' })
    expect(workspace.metrics.getValue(pm.id, 2026)?.value).toBe(-9)
    expect(() =>
      setMetricValue(workspace, { reportId: next, seriesId: pm.id, text: '增长3%' }),
    ).toThrow(expect.objectContaining({ code: 'direction_contradicts' }))
    expect(workspace.metrics.getValue(pm.id, 2026)?.value).toBe(-9)
    setMetricValue(workspace, {
      reportId: next,
      seriesId: pm.id,
      text: '增长3%',
      confirmDirection: true,
    })
    expect(workspace.metrics.getValue(pm.id, 2026)?.value).toBe(3)
  })
})

describe('managing series', () => {
  it('splits one place off a shared series, keeping the text as it reads', () => {
    const before = reportText()
    const shared = createSeries(workspace, {
      reportId,
      label: '新建学校',
      unit: '所',
      displayUnit: '所',
      kind: 'count',
      text: '3所',
    })
    const target = workspace.sections.listByReport(reportId).find((item) => item.kind === 'lead')!
    const doc = structuredClone(target.doc)
    const figure = { type: 'metric', attrs: { seriesId: shared.id, template: '{v}所' } }
    doc.content!.push({
      type: 'paragraph',
      content: [figure, { type: 'text', text: '，' }, figure],
    })
    workspace.sections.updateIfVersion(target.id, target.version, doc, target.title, 'edit')
    const places = listReportMetrics(workspace, reportId).rows.find(
      (item) => item.id === shared.id,
    )!.occurrences
    expect(places).toHaveLength(2)
    const split = splitSeries(workspace, {
      reportId,
      seriesId: shared.id,
      sectionId: places[1].sectionId,
      index: places[1].index,
      label: '新建幼儿园',
    })
    const rows = listReportMetrics(workspace, reportId).rows
    expect(rows.find((item) => item.id === shared.id)!.occurrences).toHaveLength(1)
    expect(rows.find((item) => item.id === split.id)).toMatchObject({
      label: '新建幼儿园',
      current: { value: 3 },
      occurrences: [{ index: places[1].index }],
    })
    expect(reportText()).toContain(`${before.length > 0 ? '' : ''}3所，3所`)
    expect(() =>
      splitSeries(workspace, { ...places[0], reportId, seriesId: split.id, label: '别的' }),
    ).toThrow(expect.objectContaining({ code: 'split_single_occurrence' }))
  })

  it('sets a unit and display unit that fit, refusing those that do not', () => {
    const seriesId = row('原煤产量').id
    expect(
      setSeriesUnit(workspace, { reportId, seriesId, unit: '吨', displayUnit: '亿吨' }),
    ).toMatchObject({ unit: '吨', displayUnit: '亿吨' })
    expect(() =>
      setSeriesUnit(workspace, { reportId, seriesId, unit: '吨', displayUnit: '万元' }),
    ).toThrow(expect.objectContaining({ code: 'display_unit_mismatch' }))
    expect(row('原煤产量')).toMatchObject({ displayUnit: '亿吨', current: { value: 35980000 } })
  })

  it('sets, changes and removes the amount a change is about, refusing loops and changes', () => {
    const change = row('城镇居民人均可支配收入增幅').id
    const amount = row('城镇新增就业').id
    expect(
      setSeriesLink(workspace, { reportId, seriesId: change, baseSeriesId: amount }).baseSeriesId,
    ).toBe(amount)
    expect(
      setSeriesLink(workspace, { reportId, seriesId: change, baseSeriesId: null }).baseSeriesId,
    ).toBeNull()
    expect(() =>
      setSeriesLink(workspace, { reportId, seriesId: change, baseSeriesId: change }),
    ).toThrow(expect.objectContaining({ code: 'link_target_invalid' }))
    expect(() =>
      setSeriesLink(workspace, {
        reportId,
        seriesId: change,
        baseSeriesId: row('农村居民人均可支配收入增幅').id,
      }),
    ).toThrow(expect.objectContaining({ code: 'link_target_invalid' }))
    expect(() =>
      setSeriesLink(workspace, { reportId, seriesId: amount, baseSeriesId: null }),
    ).toThrow(expect.objectContaining({ code: 'link_not_allowed' }))
  })

  it('lists each figure in its sentence', () => {
    const contexts = listOccurrenceContexts(workspace, {
      reportId,
      seriesIds: [row('城镇新增就业').id],
    })
    expect(contexts).toEqual([
      expect.objectContaining({
        before: '全年实现城镇新增就业',
        figure: '5580人',
        after: '，城乡居民人均可支配收入分别增长7%和6.5%；',
      }),
    ])
  })
})
