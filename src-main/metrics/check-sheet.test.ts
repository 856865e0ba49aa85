import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importText } from '../import/text-import-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { buildCheckSheet } from './check-sheet'
import { listReportMetrics, setMetricReview } from './metric-service'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

describe('data-check sheet', () => {
  it('lists every series with its value in the written unit and its review status', async () => {
    const reportId = importText(workspace, { text: sample, year: 2025 })
    const coal = listReportMetrics(workspace, reportId).rows.find(
      (row) => row.label === '原煤产量',
    )!
    setMetricReview(workspace, { reportId, seriesId: coal.id, status: 'checked', reviewer: '王涵' })

    const { fileName, bytes } = await buildCheckSheet(workspace, reportId)
    expect(fileName).toBe('2025年上党区高质量发展答卷-数据核对表.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('数据核对表')!
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '指标',
      '类别',
      '单位',
      '上年（2024）',
      '本年（2025）',
      '变化（%）',
      '来源',
      '核对状态',
      '核对人',
      '核对时间',
    ])
    expect(sheet.rowCount).toBe(2 + listReportMetrics(workspace, reportId).rows.length)
    const coalRow = sheet
      .getRows(3, sheet.rowCount - 2)!
      .find((row) => row.getCell(1).value === '原煤产量')!
    expect([2, 3, 5, 7, 8, 9].map((column) => coalRow.getCell(column).value)).toEqual([
      '总量',
      '万吨',
      3598,
      '导入',
      '已核',
      '王涵',
    ])
  })
})
