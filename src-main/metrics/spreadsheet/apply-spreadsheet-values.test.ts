import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importText } from '../../import/text-import-service'
import { createReport } from '../../reports/report-service'
import type { Workspace } from '../../workspace/workspace'
import { openWorkspace } from '../../workspace/workspace'
import { createSeries, listReportMetrics, setMetricReview } from '../metric-service'
import { applySpreadsheetValues } from './apply-spreadsheet-values'

const sample = readFileSync(
  join(__dirname, '..', '..', '..', 'resources', 'shangdang-2025.txt'),
  'utf8',
)
let workspace: Workspace
let reportId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = importText(workspace, { text: sample, year: 2025 })
})
afterEach(() => workspace.close())

function row(label: string) {
  return listReportMetrics(workspace, reportId).rows.find((item) => item.label === label)!
}

function storedValues() {
  return listReportMetrics(workspace, reportId).rows.map((item) => [item.id, item.current])
}

describe('applySpreadsheetValues', () => {
  it("writes this year's values from the table, marked 统计表 and to be checked", () => {
    const coal = row('原煤产量').id
    const investment = row('涉煤项目完成投资').id
    const result = applySpreadsheetValues(workspace, {
      reportId,
      values: [
        { seriesId: coal, value: 37000000 },
        { seriesId: investment, value: 1120000000 },
      ],
    })
    expect(result).toEqual({ written: 2, unchanged: 0 })
    expect(row('原煤产量').current).toMatchObject({
      year: 2025,
      value: 37000000,
      displayUnit: '万吨',
      source: 'spreadsheet',
      reviewStatus: 'pending',
    })
    expect(row('涉煤项目完成投资').current).toMatchObject({
      value: 1120000000,
      source: 'spreadsheet',
    })
  })

  it('leaves a value equal to the stored one alone, keeping its 已核 mark', () => {
    const coal = row('原煤产量').id
    setMetricReview(workspace, { reportId, seriesId: coal, status: 'checked', reviewer: '王涵' })
    const result = applySpreadsheetValues(workspace, {
      reportId,
      values: [
        { seriesId: coal, value: 35980000 },
        { seriesId: row('洗精煤').id, value: 21600000 },
      ],
    })
    expect(result).toEqual({ written: 1, unchanged: 1 })
    expect(row('原煤产量').current).toMatchObject({
      source: 'import',
      reviewStatus: 'checked',
      reviewedBy: '王涵',
    })
  })

  it('writes nothing when one series is unknown or belongs to another report family', () => {
    const before = storedValues()
    const other = createReport(workspace, {
      year: 2025,
      title: '另一份报告',
      organization: '',
    })
    const stranger = createSeries(workspace, {
      reportId: other.id,
      label: '原煤产量',
      unit: '吨',
      displayUnit: '万吨',
      kind: 'amount',
      text: '100万吨',
    })
    for (const badId of [999999, stranger.id]) {
      expect(() =>
        applySpreadsheetValues(workspace, {
          reportId,
          values: [
            { seriesId: row('原煤产量').id, value: 37000000 },
            { seriesId: badId, value: 1 },
          ],
        }),
      ).toThrow(
        expect.objectContaining({
          code: 'series_not_found',
          message: `找不到该指标（编号 ${badId}）。`,
        }),
      )
    }
    expect(storedValues()).toEqual(before)
    expect(workspace.metrics.getValue(stranger.id, 2025)?.value).toBe(1000000)
  })

  it('refuses a series named twice', () => {
    const before = storedValues()
    const coal = row('原煤产量').id
    expect(() =>
      applySpreadsheetValues(workspace, {
        reportId,
        values: [
          { seriesId: coal, value: 37000000 },
          { seriesId: coal, value: 38000000 },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'spreadsheet_duplicate_series',
        message: expect.stringContaining('原煤产量'),
      }),
    )
    expect(storedValues()).toEqual(before)
  })

  it('rolls every write back when the disk fails part-way', () => {
    const before = storedValues()
    const write = workspace.metrics.writeValue.bind(workspace.metrics)
    let calls = 0
    workspace.metrics.writeValue = (value) => {
      calls++
      if (calls === 2) {
        throw Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' })
      }
      write(value)
    }
    expect(() =>
      applySpreadsheetValues(workspace, {
        reportId,
        values: [
          { seriesId: row('原煤产量').id, value: 37000000 },
          { seriesId: row('洗精煤').id, value: 21600000 },
        ],
      }),
    ).toThrow('disk full')
    workspace.metrics.writeValue = write
    expect(calls).toBe(2)
    expect(storedValues()).toEqual(before)
  })

  it('refuses an unknown report', () => {
    expect(() => applySpreadsheetValues(workspace, { reportId: 4242, values: [] })).toThrow(
      expect.objectContaining({ code: 'report_not_found' }),
    )
  })
})
