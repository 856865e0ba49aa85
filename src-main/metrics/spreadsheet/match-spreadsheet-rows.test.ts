import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../handlers/create-handlers'
import { dispatch } from '../../handlers/dispatch'
import { importText } from '../../import/text-import-service'
import type { Workspace } from '../../workspace/workspace'
import { openWorkspace } from '../../workspace/workspace'
import { buildCheckSheet } from '../../export/check-sheet'
import { listReportMetrics } from '../metric-service'
import { guessColumns } from './guess-columns'
import type { SpreadsheetPreviewRow } from './match-spreadsheet-rows'
import { previewSpreadsheetValues } from './match-spreadsheet-rows'
import { readSpreadsheet } from './read-spreadsheet'

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

function seriesId(label: string, unit?: string): number {
  const rows = listReportMetrics(workspace, reportId).rows
  return rows.find((row) => row.label === label && (unit === undefined || row.unit === unit))!.id
}

function storedValues() {
  return listReportMetrics(workspace, reportId).rows.map((row) => [row.id, row.current])
}

async function bureauWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('主要指标')
  sheet.mergeCells('A1:E1')
  sheet.getCell('A1').value = '2025年上党区主要经济指标'
  const rows: (string | number | null)[][] = [
    ['指标名称', '计量单位', '2024年', '2025年', '比上年增长(%)'],
    ['原煤产量', '万吨', 3400, 3700, 8.8],
    ['洗精煤', '吨', null, 21600000, null],
    ['涉煤项目完成投资', '亿元', null, 11.2, null],
    ['全区社会投资', '万元', null, 490000, null],
    ['绿电规模 增幅', '%', null, 50, null],
    ['电煤保供', '元', null, 420, null],
    ['智能化矿井', '座', null, '待定', null],
    ['城镇新增就业', '人', null, '5,600', null],
    ['粮食产量', '万吨', null, 50, null],
    ['二、工业', null, null, null, null],
    ['原煤产量', '万吨', null, 3800, null],
    ['开工率', null, null, 75, null],
    ['年销售收入', null, null, '1.6万吨', null],
    ['新兴企业', null, null, '25家', null],
    ['超薄压延光伏玻璃', '片', null, 20, null],
    ['项目', '个', null, 400, null],
    ['PM2.5浓度降幅', '%', null, 10.5, null],
  ]
  rows.forEach((values, index) => {
    sheet.getRow(index + 2).values = values
  })
  return Buffer.from(await book.xlsx.writeBuffer())
}

async function previewBureauWorkbook() {
  const { sheets } = await readSpreadsheet('2025年主要指标.xlsx', await bureauWorkbook())
  const mapping = guessColumns(sheets[0].rows, 2025)
  expect(mapping).toEqual({ headerRow: 1, labelColumn: 0, valueColumn: 3, unitColumn: 1 })
  return previewSpreadsheetValues(workspace, { reportId, rows: sheets[0].rows, mapping }).rows
}

function byRow(rows: SpreadsheetPreviewRow[], rowNumber: number): SpreadsheetPreviewRow {
  return rows.find((row) => row.rowNumber === rowNumber)!
}

describe('previewing a statistics table', () => {
  it('matches exact names and converts 万吨, 吨 and 亿元 into the series unit', async () => {
    const rows = await previewBureauWorkbook()
    expect(byRow(rows, 3)).toEqual({
      rowNumber: 3,
      label: '原煤产量',
      valueText: '3700',
      unit: '万吨',
      status: 'exact',
      seriesId: seriesId('原煤产量'),
      seriesLabel: '原煤产量',
      value: 37000000,
      displayText: '3700万吨',
      currentValueText: '3598万吨',
      similarity: 1,
    })
    expect(byRow(rows, 4)).toMatchObject({ status: 'exact', value: 21600000 })
    expect(byRow(rows, 4).displayText).toBe('2160万吨')
    expect(byRow(rows, 5)).toMatchObject({ status: 'exact', value: 1120000000 })
    expect(byRow(rows, 5).displayText).toBe('11.2亿元')
    expect(byRow(rows, 10)).toMatchObject({ status: 'exact', value: 5600, displayText: '5600人' })
  })

  it('reads a bare number in the display unit and a value cell that carries its unit', async () => {
    const rows = await previewBureauWorkbook()
    expect(byRow(rows, 14)).toMatchObject({
      status: 'exact',
      seriesLabel: '开工率',
      value: 75,
      displayText: '75%',
    })
    expect(byRow(rows, 16)).toMatchObject({ status: 'exact', seriesLabel: '新兴企业', value: 25 })
  })

  it('offers similar names as fuzzy matches to confirm', async () => {
    const rows = await previewBureauWorkbook()
    expect(byRow(rows, 6)).toMatchObject({
      status: 'fuzzy',
      seriesLabel: '社会投资',
      value: 4900000000,
      displayText: '49亿元',
      code: 'spreadsheet_fuzzy_match',
      message: '名称不完全一致（“全区社会投资”与“社会投资”），请确认是同一指标。',
    })
    expect(byRow(rows, 7)).toMatchObject({
      status: 'fuzzy',
      seriesLabel: '绿电规模增幅',
      value: 50,
      similarity: 1,
    })
  })

  it('tells namesakes apart by unit, and asks when the unit cannot', async () => {
    // Labels are unique since imports made them so; a workspace from before may hold namesakes.
    const namesakes: [string, string][] = [
      ['超薄压延光伏玻璃（片）', '超薄压延光伏玻璃'],
      ['超薄压延光伏玻璃（毫米）', '超薄压延光伏玻璃'],
      ['滚动实施项目', '项目'],
      ['争取政策资金项目', '项目'],
    ]
    for (const [label, older] of namesakes) {
      workspace.metrics.relabel(seriesId(label), older)
    }
    const rows = await previewBureauWorkbook()
    expect(byRow(rows, 17)).toMatchObject({
      status: 'exact',
      seriesId: seriesId('超薄压延光伏玻璃', '片'),
      value: 20,
    })
    expect(byRow(rows, 18)).toMatchObject({
      status: 'fuzzy',
      seriesId: seriesId('项目'),
      value: 400,
      code: 'spreadsheet_label_ambiguous',
    })
  })

  it('waits for a person when a change turns the direction the text states', async () => {
    const rows = await previewBureauWorkbook()
    expect(byRow(rows, 19)).toMatchObject({
      status: 'fuzzy',
      seriesLabel: 'PM2.5浓度降幅',
      value: 10.5,
      code: 'spreadsheet_direction_changed',
      message: '“PM2.5浓度降幅”文中写作“下降”，表中为增长10.5%，方向相反：请确认后再勾选。',
    })
  })

  it('lists rows it cannot import with their reasons', async () => {
    const rows = await previewBureauWorkbook()
    expect(byRow(rows, 8)).toMatchObject({
      status: 'unit-mismatch',
      seriesLabel: '电煤保供',
      message: '单位“元”无法换算为该指标的单位（万吨）。',
    })
    expect(byRow(rows, 9)).toMatchObject({
      status: 'invalid',
      seriesLabel: '智能化矿井',
      message: '无法识别的数值：“待定”。',
    })
    expect(byRow(rows, 11)).toEqual({
      rowNumber: 11,
      label: '粮食产量',
      valueText: '50',
      unit: '万吨',
      status: 'unmatched',
      code: 'spreadsheet_label_unmatched',
      message: '报告中没有与“粮食产量”对应的指标。',
      params: { label: '粮食产量' },
    })
    expect(byRow(rows, 13)).toMatchObject({
      status: 'unmatched',
      message: '对应的指标“原煤产量”已由第 3 行导入。',
    })
    expect(byRow(rows, 12)).toBeUndefined()
    expect(byRow(rows, 15)).toMatchObject({
      status: 'unit-mismatch',
      seriesLabel: '年销售收入',
      message: '单位“万吨”无法换算为该指标的单位（亿元）。',
    })
    const listed = rows.map((row) => row.rowNumber)
    expect(listed).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19])
  })

  it('writes nothing', async () => {
    const before = storedValues()
    await previewBureauWorkbook()
    expect(storedValues()).toEqual(before)
  })

  it('refuses a mapping that uses one column twice', () => {
    expect(() =>
      previewSpreadsheetValues(workspace, {
        reportId,
        rows: [['原煤产量', '3700']],
        mapping: { headerRow: null, labelColumn: 0, valueColumn: 1, unitColumn: 1 },
      }),
    ).toThrow(expect.objectContaining({ code: 'spreadsheet_mapping_invalid' }))
  })

  it('reads a UTF-8 .csv without a header row', async () => {
    const csv = new TextEncoder().encode('原煤产量,3650\r\n"涉煤项目完成投资","105000万元"\r\n')
    const { sheets } = await readSpreadsheet('统计.csv', csv)
    const mapping = guessColumns(sheets[0].rows, 2025)
    const input = { reportId, rows: sheets[0].rows, mapping }
    const { rows } = previewSpreadsheetValues(workspace, input)
    expect(rows.map(({ rowNumber, status, value }) => ({ rowNumber, status, value }))).toEqual([
      { rowNumber: 1, status: 'exact', value: 36500000 },
      { rowNumber: 2, status: 'exact', value: 1050000000 },
    ])
  })

  it("reads back the app's own data-check sheet with every value unchanged", async () => {
    const { bytes } = await buildCheckSheet(workspace, reportId)
    const { sheets } = await readSpreadsheet('核对表.xlsx', bytes)
    const mapping = guessColumns(sheets[0].rows, 2025)
    const input = { reportId, rows: sheets[0].rows, mapping }
    const { rows } = previewSpreadsheetValues(workspace, input)
    const metrics = listReportMetrics(workspace, reportId).rows
    const matched = rows.filter((row) => row.status === 'exact' || row.status === 'fuzzy')
    expect(matched).toHaveLength(metrics.length)
    for (const row of matched) {
      expect(row.value).toBe(metrics.find((series) => series.id === row.seriesId)!.current!.value)
    }
  })
})

describe('through the contract', () => {
  // "指标名称,本年,单位\r\n原煤产量,3700,万吨\r\n" in GBK, as a Chinese Windows saves a .csv.
  const gbkCsv = Buffer.from([
    0xd6, 0xb8, 0xb1, 0xea, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb1, 0xbe, 0xc4, 0xea, 0x2c, 0xb5, 0xa5,
    0xce, 0xbb, 0x0d, 0x0a, 0xd4, 0xad, 0xc3, 0xba, 0xb2, 0xfa, 0xc1, 0xbf, 0x2c, 0x33, 0x37, 0x30,
    0x30, 0x2c, 0xcd, 0xf2, 0xb6, 0xd6, 0x0d, 0x0a,
  ])
  const context = { mode: 'cli' as const }

  it('reads a GBK .csv, previews it and applies the confirmed value', async () => {
    const handlers = createHandlers(workspace)
    const read = await dispatch(
      handlers,
      'metrics.readSpreadsheet',
      {
        fileName: '统计表.csv',
        dataBase64: gbkCsv.toString('base64'),
        year: 2025,
      },
      context,
    )
    expect(read).toEqual({
      ok: true,
      value: {
        sheets: [
          {
            name: '统计表',
            rows: [
              ['指标名称', '本年', '单位'],
              ['原煤产量', '3700', '万吨'],
            ],
            mapping: { headerRow: 0, labelColumn: 0, valueColumn: 1, unitColumn: 2 },
          },
        ],
      },
    })
    type Read = { value: { sheets: { rows: string[][]; mapping: object }[] } }
    const { rows, mapping } = (read as Read).value.sheets[0]
    const input = { reportId, rows, mapping }
    const preview = await dispatch(handlers, 'metrics.previewSpreadsheet', input, context)
    expect(preview).toMatchObject({
      ok: true,
      value: { rows: [{ status: 'exact', value: 37000000 }] },
    })
    const applied = await dispatch(
      handlers,
      'metrics.applySpreadsheet',
      { reportId, values: [{ seriesId: seriesId('原煤产量'), value: 37000000 }] },
      context,
    )
    expect(applied).toEqual({ ok: true, value: { written: 1, unchanged: 0 } })
    expect(workspace.metrics.getValue(seriesId('原煤产量'), 2025)).toMatchObject({
      value: 37000000,
      source: 'spreadsheet',
    })
  })

  it('answers bad files and bad mappings with a Chinese message, storing nothing', async () => {
    const handlers = createHandlers(workspace)
    const before = storedValues()
    const xls = { fileName: '统计表.xls', dataBase64: 'AAAA' }
    expect(await dispatch(handlers, 'metrics.readSpreadsheet', xls, context)).toMatchObject({
      ok: false,
      code: 'unsupported_spreadsheet',
      message: expect.stringContaining('统计表.xls'),
    })
    expect(
      await dispatch(
        handlers,
        'metrics.previewSpreadsheet',
        {
          reportId,
          rows: [['原煤产量', '1']],
          mapping: { headerRow: null, labelColumn: 0, valueColumn: 100 },
        },
        context,
      ),
    ).toMatchObject({ ok: false, code: 'invalid_input' })
    expect(
      await dispatch(
        handlers,
        'metrics.applySpreadsheet',
        { reportId, values: [{ seriesId: seriesId('原煤产量'), value: Number.POSITIVE_INFINITY }] },
        context,
      ),
    ).toMatchObject({ ok: false, code: 'invalid_input' })
    expect(storedValues()).toEqual(before)
  })
})
