import ExcelJS from 'exceljs'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import type { MetricRow } from './metric-service'
import { listReportMetrics } from './metric-service'
import { unitScale } from './unit-scale'

const kindNames: Record<MetricRow['kind'], string> = {
  amount: '总量',
  count: '数量',
  change: '增减',
  rate: '比率',
}
const sourceNames: Record<string, string> = {
  import: '导入',
  manual: '手工填写',
  spreadsheet: '统计表',
}

function shown(row: MetricRow, value: number | null | undefined): number | null {
  if (value === null || value === undefined) {
    return null
  }
  return Number((value / unitScale(row.displayUnit, row.unit)).toPrecision(12))
}

/**
 * The data-check sheet a statistics bureau signs off: every series of the report with last
 * year's and this year's value (in the unit the text uses), the change, source and review status.
 */
export async function buildCheckSheet(
  workspace: Workspace,
  reportId: number,
): Promise<{ fileName: string; bytes: Buffer }> {
  const report = requireReport(workspace, reportId)
  const { rows } = listReportMetrics(workspace, reportId)
  const book = new ExcelJS.Workbook()
  book.creator = '答卷'
  const sheet = book.addWorksheet('数据核对表', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.mergeCells('A1:J1')
  sheet.getCell('A1').value = `${report.title} · 数据核对表（${report.year}年）`
  sheet.getCell('A1').font = { name: '黑体', size: 14, bold: true }
  sheet.getRow(2).values = [
    '指标',
    '类别',
    '单位',
    `上年（${report.year - 1}）`,
    `本年（${report.year}）`,
    '变化（%）',
    '来源',
    '核对状态',
    '核对人',
    '核对时间',
  ]
  sheet.getRow(2).font = { name: '黑体', bold: true }
  rows.forEach((row, index) => {
    sheet.getRow(index + 3).values = [
      row.label,
      kindNames[row.kind],
      row.displayUnit || row.unit,
      shown(row, row.previous?.value),
      shown(row, row.current?.value),
      row.change === null ? null : Number(row.change.toFixed(2)),
      sourceNames[row.current?.source ?? ''] ?? row.current?.source ?? '',
      row.current?.reviewStatus === 'checked' ? '已核' : '待核',
      row.current?.reviewedBy ?? '',
      row.current?.reviewedAt?.slice(0, 16).replace('T', ' ') ?? '',
    ]
  })
  const widths = [28, 8, 10, 14, 14, 10, 10, 10, 10, 18]
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width
  })
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  const safeTitle = report.title.replace(/[\\/:*?"<>|\s]+/g, '')
  return { fileName: `${safeTitle}-数据核对表.xlsx`, bytes }
}
