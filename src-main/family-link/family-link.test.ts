import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { createReportWithSections } from '../reports/create-report-with-sections'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { applyFamilyLink } from './apply-family-link'
import { previewFamilyLink } from './preview-family-link'

let workspace: Workspace
let families = 0

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

type SeriesDraft = Pick<MetricSeries, 'label' | 'unit' | 'displayUnit'> & {
  kind?: MetricSeries['kind']
  values: Record<number, number | null>
}

/** A report of its own family with series, values, and a lead holding a figure per series and a chart. */
function report(year: number, series: SeriesDraft[]) {
  families += 1
  const familyId = `family-${year}-${families}`
  const ids = series.map((draft) =>
    workspace.metrics.insertSeries({
      familyId,
      label: draft.label,
      unit: draft.unit,
      displayUnit: draft.displayUnit,
      qualifier: 'exact',
      kind: draft.kind ?? 'amount',
      baseSeriesId: null,
      bindingStatus: 'accepted',
    }),
  )
  series.forEach((draft, index) => {
    for (const [valueYear, value] of Object.entries(draft.values)) {
      workspace.metrics.writeValue({
        seriesId: ids[index],
        year: Number(valueYear),
        value,
        displayUnit: draft.displayUnit,
        qualifier: 'exact',
        source: 'import',
      })
    }
  })
  const content = [
    {
      type: 'paragraph',
      content: ids.map((seriesId) => ({ type: 'metric', attrs: { seriesId } })),
    },
    {
      type: 'chart',
      attrs: { chartType: 'line', seriesIds: [ids[0]], years: 2, caption: '', note: '' },
    },
  ]
  const id = createReportWithSections(
    workspace,
    { year, title: `${year}年 答卷`, organization: '', familyId },
    [{ kind: 'lead', title: '导语', doc: { type: 'doc', content }, children: [] }],
  )
  return { id, ids }
}

function values(seriesId: number) {
  return Object.fromEntries(
    workspace.metrics.listAllValues(seriesId).map((value) => [value.year, value.value]),
  )
}

function leadDoc(reportId: number) {
  return JSON.stringify(workspace.sections.listByReport(reportId)[0].doc)
}

function fingerprint() {
  return JSON.stringify([
    workspace.db.prepare('SELECT * FROM metric_values ORDER BY id').all(),
    workspace.db.prepare('SELECT * FROM metric_series ORDER BY id').all(),
    workspace.db.prepare('SELECT id, family_id, predecessor_id FROM reports ORDER BY id').all(),
    workspace.db.prepare('SELECT id, doc, version FROM sections ORDER BY id').all(),
  ])
}

function setUp() {
  const earlier = report(2024, [
    {
      label: '原煤产量',
      unit: '吨',
      displayUnit: '万吨',
      values: { 2023: 34_000_000, 2024: 35_980_000 },
    },
    { label: '全年粮食产量', unit: '吨', displayUnit: '万吨', values: { 2024: 120_000 } },
    {
      label: '规上工业增加值增速',
      unit: '%',
      displayUnit: '%',
      kind: 'change',
      values: { 2024: 3.5 },
    },
    { label: '造林面积', unit: '亩', displayUnit: '亩', values: { 2024: 5200 } },
  ])
  const later = report(2025, [
    {
      label: '原煤产量',
      unit: '吨',
      displayUnit: '万吨',
      values: { 2024: 36_000_000, 2025: 37_000_000 },
    },
    { label: '粮食产量', unit: '吨', displayUnit: '万吨', values: { 2025: 125_000 } },
    {
      label: '规上工业增加值增长',
      unit: '%',
      displayUnit: '%',
      kind: 'change',
      values: { 2025: -1.2 },
    },
    { label: '造林面积', unit: '公顷', displayUnit: '公顷', values: { 2025: 400 } },
  ])
  return { earlier, later }
}

describe('linking an imported report as the previous year of another', () => {
  it('previews pairs by label and unit, doubtful ones apart, and the conflicting years, writing nothing', () => {
    const { earlier, later } = setUp()
    const before = fingerprint()
    const preview = previewFamilyLink(workspace, {
      reportId: later.id,
      previousReportId: earlier.id,
    })
    expect(fingerprint()).toBe(before)
    expect(preview.pairs.map((pair) => [pair.earlierLabel, pair.laterLabel, pair.match])).toEqual([
      ['原煤产量', '原煤产量', 'exact'],
      ['全年粮食产量', '粮食产量', 'doubtful'],
      ['规上工业增加值增速', '规上工业增加值增长', 'doubtful'],
    ])
    expect(preview.pairs[0].years).toEqual([
      {
        year: 2023,
        earlier: 34_000_000,
        later: null,
        earlierText: '3400万吨',
        laterText: '',
        state: 'fill',
      },
      {
        year: 2024,
        earlier: 35_980_000,
        later: 36_000_000,
        earlierText: '3598万吨',
        laterText: '3600万吨',
        state: 'conflict',
      },
    ])
    // 造林面积 in 亩 and in 公顷 are never paired: it joins under a name of its own.
    expect(preview.separate).toEqual([
      { seriesId: earlier.ids[3], label: '造林面积', unit: '亩', newLabel: '造林面积（2024年）' },
    ])
  })

  it('refuses to link while a conflict is undecided, and then stores nothing', () => {
    const { earlier, later } = setUp()
    const before = fingerprint()
    const link = () =>
      applyFamilyLink(workspace, {
        reportId: later.id,
        previousReportId: earlier.id,
        pairs: [{ earlierSeriesId: earlier.ids[0], laterSeriesId: later.ids[0] }],
        decisions: [],
      })
    expect(link).toThrow(AppError)
    try {
      link()
    } catch (error) {
      expect((error as AppError).message).toBe(
        '“原煤产量”2024年两份数值不同（本报告 3600万吨，上一年报告 3598万吨），请选择保留哪一个',
      )
    }
    expect(fingerprint()).toBe(before)
  })

  it('merges confirmed pairs as decided, rebinds figures and charts, and joins the families', () => {
    const { earlier, later } = setUp()
    const result = applyFamilyLink(workspace, {
      reportId: later.id,
      previousReportId: earlier.id,
      pairs: [
        { earlierSeriesId: earlier.ids[0], laterSeriesId: later.ids[0] },
        { earlierSeriesId: earlier.ids[1], laterSeriesId: later.ids[1] },
      ],
      decisions: [{ laterSeriesId: later.ids[0], year: 2024, keep: 'earlier' }],
    })
    expect(result).toEqual({ merged: 2, joined: 2, reports: 1, filled: 2, replaced: 1 })
    expect(values(later.ids[0])).toEqual({ 2023: 34_000_000, 2024: 35_980_000, 2025: 37_000_000 })
    expect(values(later.ids[1])).toEqual({ 2024: 120_000, 2025: 125_000 })
    expect(workspace.metrics.getSeries(earlier.ids[0])).toBeUndefined()
    // The doubtful pair left unticked: both series stay, the earlier one now in the family.
    expect(workspace.metrics.getSeries(earlier.ids[2])?.familyId).toBe(
      workspace.reports.get(later.id)?.familyId,
    )
    expect(values(earlier.ids[2])).toEqual({ 2024: 3.5 })
    expect(workspace.metrics.getSeries(earlier.ids[3])?.label).toBe('造林面积（2024年）')
    const lead = leadDoc(earlier.id)
    expect(lead).toContain(`"seriesId":${later.ids[0]}`)
    expect(lead).not.toContain(`"seriesId":${earlier.ids[0]}`)
    expect(lead).toContain(`"seriesIds":[${later.ids[0]}]`)
    expect(workspace.reports.get(earlier.id)?.familyId).toBe(
      workspace.reports.get(later.id)?.familyId,
    )
    expect(workspace.reports.get(later.id)?.predecessorId).toBe(earlier.id)
  })

  it('keeps this report value where the person chose it, and refuses pairs that are no candidates', () => {
    const { earlier, later } = setUp()
    applyFamilyLink(workspace, {
      reportId: later.id,
      previousReportId: earlier.id,
      pairs: [{ earlierSeriesId: earlier.ids[0], laterSeriesId: later.ids[0] }],
      decisions: [{ laterSeriesId: later.ids[0], year: 2024, keep: 'later' }],
    })
    expect(values(later.ids[0])[2024]).toBe(36_000_000)

    workspace.close()
    workspace = openWorkspace(':memory:')
    const other = setUp()
    const before = fingerprint()
    expect(() =>
      applyFamilyLink(workspace, {
        reportId: other.later.id,
        previousReportId: other.earlier.id,
        pairs: [{ earlierSeriesId: other.earlier.ids[3], laterSeriesId: other.later.ids[3] }],
        decisions: [],
      }),
    ).toThrow('指标“造林面积”不能这样配对')
    expect(fingerprint()).toBe(before)
  })

  it('refuses a later year as the previous one, the same family, and a second previous year', () => {
    const { earlier, later } = setUp()
    expect(() =>
      previewFamilyLink(workspace, { reportId: earlier.id, previousReportId: later.id }),
    ).toThrow('上一年报告的年份（2025年）须早于本报告（2024年）')
    applyFamilyLink(workspace, {
      reportId: later.id,
      previousReportId: earlier.id,
      pairs: [],
      decisions: [],
    })
    expect(() =>
      previewFamilyLink(workspace, { reportId: later.id, previousReportId: earlier.id }),
    ).toThrow(AppError)
  })
})
