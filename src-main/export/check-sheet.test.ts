import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importText } from '../import/text-import-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { buildCheckSheet, checkSheetConventions } from './check-sheet'
import { createReviewRepository } from '../review/review-repository'
import { createTeamUserRepository } from '../team/team-user-repository'
import { listReportMetrics, setMetricReview, setMetricValue } from '../metrics/metric-service'

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
      '变化',
      '变化单位',
      '方向',
      '对应指标',
      '来源',
      '确认状态',
      '核对状态',
      '核对人',
      '核对时间',
    ])
    const seriesCount = listReportMetrics(workspace, reportId).rows.length
    const signOffRows = 2 + 3
    expect(sheet.rowCount).toBe(3 + seriesCount + checkSheetConventions.length + signOffRows)
    const coalRow = sheet
      .getRows(3, seriesCount)!
      .find((row) => row.getCell(1).value === '原煤产量')!
    expect([2, 3, 5, 10, 11, 12, 13].map((column) => coalRow.getCell(column).value)).toEqual([
      '总量',
      '万吨',
      3598,
      '导入',
      '待确认',
      '已核对',
      '王涵',
    ])
    const notes = sheet.getRows(4 + seriesCount, checkSheetConventions.length)!
    expect(notes.map((row) => row.getCell(1).value)).toEqual(checkSheetConventions)
  })

  it('ends with the 审签 record: each stage’s signer and time, or 未签', async () => {
    const reportId = importText(workspace, { text: sample, year: 2025 })
    const read = async () => {
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(
        (await buildCheckSheet(workspace, reportId)).bytes as unknown as ArrayBuffer,
      )
      const sheet = book.getWorksheet('数据核对表')!
      const rows = sheet.getRows(sheet.rowCount - 3, 4)!
      return rows.map((row) => [1, 2, 3].map((column) => row.getCell(column).value ?? ''))
    }
    expect(await read()).toEqual([
      ['审签', '', ''],
      ['初审', '未签', ''],
      ['复审', '未签', ''],
      ['终审', '未签', ''],
    ])
    const users = createTeamUserRepository(workspace.db)
    const userId = users.insertUser({
      name: '赵编辑',
      role: 'editor',
      passwordHash: 'x',
      createdAt: '',
    })
    createReviewRepository(workspace.db).sign(reportId, 'first', { userId, name: '赵编辑' })
    const [, first, second] = await read()
    expect(first![1]).toBe('赵编辑')
    expect(first![2]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/)
    expect(second).toEqual(['复审', '未签', ''])
  })

  it('gives changes in 个百分点 for rates and in % for amounts, with the direction and the link', async () => {
    const lastYear = importText(workspace, { text: sample, year: 2025 })
    const reportId = rollForwardReport(workspace, { reportId: lastYear }).reportId
    const rows = listReportMetrics(workspace, reportId).rows
    const id = (label: string) => rows.find((row) => row.label === label)!.id
    setMetricValue(workspace, {
      reportId,
      seriesId: id('城镇居民人均可支配收入增幅'),
      text: '6.8%',
    })
    setMetricValue(workspace, { reportId, seriesId: id('PM2.5浓度降幅'), text: '10.5' })
    setMetricValue(workspace, { reportId, seriesId: id('原煤产量'), text: '3700万吨' })
    const { bytes } = await buildCheckSheet(workspace, reportId)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('数据核对表')!
    const line = (label: string) => {
      const row = sheet.getRows(3, rows.length)!.find((item) => item.getCell(1).value === label)!
      return [4, 5, 6, 7, 8, 9].map((column) => row.getCell(column).value)
    }
    expect(line('城镇居民人均可支配收入增幅')).toEqual([7, 6.8, -0.2, '个百分点', '增', ''])
    expect(line('PM2.5浓度降幅')).toEqual([-11.8, -10.5, 1.3, '个百分点', '减', ''])
    expect(line('原煤产量')).toEqual([3598, 3700, 2.83, '%', '增', ''])
    expect(line('绿电规模增幅')[5]).toBe('绿电规模')
  })
})
