import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importText } from '../../import/text-import-service'
import type { Workspace } from '../../workspace/workspace'
import { openWorkspace } from '../../workspace/workspace'
import { listReportMetrics } from '../metric-service'
import { applySpreadsheetValues } from './apply-spreadsheet-values'
import { guessColumns } from './guess-columns'
import { previewSpreadsheetValues } from './match-spreadsheet-rows'

const sample = readFileSync(
  join(__dirname, '..', '..', '..', 'resources', 'shangdang-2025.txt'),
  'utf8',
)
let workspace: Workspace
let reportId: number
let coal: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = importText(workspace, { text: sample, year: 2025 })
  coal = listReportMetrics(workspace, reportId).rows.find((row) => row.label === '原煤产量')!.id
  workspace.metrics.writeValue({
    seriesId: coal,
    year: 2023,
    value: 35_000_000,
    displayUnit: '万吨',
    qualifier: 'exact',
    source: 'manual',
  })
})
afterEach(() => workspace.close())

const table = [
  ['指标名称', '计量单位', '2021年', '2022年', '2023年', '2024年', '2025年'],
  ['原煤产量', '万吨', '3200', '3300', '3520', '3450', '3598'],
]

function allValues() {
  return Object.fromEntries(
    workspace.metrics.listAllValues(coal).map((value) => [value.year, value.value]),
  )
}

describe('a statistics table with one column per year', () => {
  it('previews each earlier year: new, or a different stored value to replace; nothing is written', () => {
    const before = allValues()
    const mapping = guessColumns(table, 2025)
    const [row] = previewSpreadsheetValues(workspace, { reportId, rows: table, mapping }).rows
    expect(row).toMatchObject({ status: 'exact', seriesId: coal, value: 35_980_000 })
    expect(row.years).toEqual([
      { year: 2021, valueText: '3200', value: 32_000_000, displayText: '3200万吨', state: 'new' },
      { year: 2022, valueText: '3300', value: 33_000_000, displayText: '3300万吨', state: 'new' },
      {
        year: 2023,
        valueText: '3520',
        value: 35_200_000,
        displayText: '3520万吨',
        state: 'replace',
        storedText: '3500万吨',
      },
      { year: 2024, valueText: '3450', value: 34_500_000, displayText: '3450万吨', state: 'new' },
    ])
    expect(allValues()).toEqual(before)
  })

  it('writes the earlier years in one go, and a different stored value only when confirmed', () => {
    const values = [
      { seriesId: coal, value: 35_980_000 },
      { seriesId: coal, value: 32_000_000, year: 2021 },
      { seriesId: coal, value: 35_200_000, year: 2023 },
    ]
    const before = allValues()
    expect(() => applySpreadsheetValues(workspace, { reportId, values })).toThrow(
      '“原煤产量”2023年已有数值 3500万吨，统计表为 3520万吨；要改用统计表的数值，请在预览中勾选',
    )
    expect(allValues()).toEqual(before)

    const kept = values.filter((value) => value.year !== 2023)
    expect(applySpreadsheetValues(workspace, { reportId, values: kept })).toEqual({
      written: 1,
      unchanged: 1,
    })
    expect(allValues()).toMatchObject({ 2021: 32_000_000, 2023: 35_000_000, 2025: 35_980_000 })

    const replaced = [{ seriesId: coal, value: 35_200_000, year: 2023, replace: true }]
    applySpreadsheetValues(workspace, { reportId, values: replaced })
    expect(allValues()[2023]).toBe(35_200_000)
  })

  it('refuses a year after the report year, storing nothing', () => {
    const before = allValues()
    expect(() =>
      applySpreadsheetValues(workspace, {
        reportId,
        values: [
          { seriesId: coal, value: 32_000_000, year: 2021 },
          { seriesId: coal, value: 38_000_000, year: 2026 },
        ],
      }),
    ).toThrow('统计表中的2026年晚于报告年份（2025年），不能导入')
    expect(allValues()).toEqual(before)
  })
})
