import ExcelJS from 'exceljs'
import { findChartOccurrences } from '../shared/metrics/find-chart-occurrences'
import { chartLayout, chartYears } from '../charts/chart-layout'
import { reportChartRenderer } from '../charts/render-report-chart'
import { sectionsInReadingOrder } from '../reports/report-text'
import { requireReport } from '../reports/report-service'
import type { Report } from '../shared/reports/report'
import type { Workspace } from '../workspace/workspace'
import type { MetricRow } from '../metrics/metric-service'
import { listReportMetrics } from '../metrics/metric-service'
import { unitScale } from '../shared/metrics/unit-scale'
import type { SignOffLine } from '../review/review-sign-off-lines'
import { reviewSignOffLines } from '../review/review-sign-off-lines'

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
  check: '校对修正（旧版）',
}
const directionNames = { up: '增', down: '减' } as const

/** The conventions the sheet's numbers follow, printed under the table for whoever signs it. */
export const checkSheetConventions = [
  '说明：',
  '1. 数值按正文所用单位列出（如“万吨”“亿元”）。',
  '2. 增减类指标（增幅、降幅）的数值带方向：增长为正数，下降为负数，例如“下降10.5%”记为 -10.5；“方向”一列写明增或减。',
  '3. “变化”是本年与上年相比：比率和增减类指标（单位为%或百分点）为两年数值之差，单位“个百分点”；其他指标为相对上年的增减百分比，单位“%”。',
  '4. “已确认”指该处数字确为此指标；“已核对”指本年数值已与统计部门的来源核对。',
]

function shown(row: MetricRow, value: number | null | undefined): number | null {
  if (value === null || value === undefined) {
    return null
  }
  return Number((value / unitScale(row.displayUnit, row.unit)).toPrecision(12))
}

const chartLayoutNames = {
  card: '数说卡片',
  years: { line: '折线图（按年）', bar: '柱状图（按年）' },
  items: '柱状图（各项对比）',
  ring: '环形图（占比）',
} as const

/**
 * The sheet 图表: every chart of the report in reading order with the series it draws (label and
 * number), the years and which series still lack this year's value, so whoever signs the figures
 * also signs what the pictures show.
 */
function addChartSheet(book: ExcelJS.Workbook, workspace: Workspace, report: Report): void {
  const sheet = book.addWorksheet('图表', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.getRow(1).values = ['节', '图表', '图题', '指标（编号）', '年份', '待填']
  sheet.getRow(1).font = { name: '黑体', bold: true }
  const sections = sectionsInReadingOrder(workspace.sections.listByReport(report.id))
  const render = reportChartRenderer(workspace, report)
  const labels = new Map(
    workspace.metrics.listSeries(report.familyId).map((series) => [series.id, series.label]),
  )
  findChartOccurrences(sections).forEach((chart, index) => {
    const { attributes } = chart
    const layout = chartLayout(attributes)
    const kind =
      layout === 'years'
        ? chartLayoutNames.years[attributes.chartType === 'line' ? 'line' : 'bar']
        : chartLayoutNames[layout]
    const years = layout === 'years' ? chartYears(attributes, report.year) : [report.year]
    const drawn = render(attributes)
    sheet.getRow(index + 2).values = [
      chart.sectionTitle,
      kind,
      'problem' in drawn ? `无法绘制：${drawn.problem}` : drawn.spec.caption || '（数说卡片）',
      attributes.seriesIds.map((id) => `${labels.get(id) ?? '（已删除）'}（${id}）`).join('、'),
      years.length > 1 ? `${years[0]}—${years.at(-1)}` : String(years[0]),
      'problem' in drawn ? '' : drawn.spec.pendingLabels.join('、'),
    ]
  })
  ;[20, 16, 30, 40, 12, 24].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width
  })
}

/** Writes the 审签 block from row `firstRow`: a heading, then a line per stage. */
function addSignOffBlock(sheet: ExcelJS.Worksheet, lines: SignOffLine[], firstRow: number): void {
  sheet.getCell(`A${firstRow}`).value = '审签'
  sheet.getCell(`A${firstRow}`).font = { name: '黑体', bold: true }
  lines.forEach((line, index) => {
    sheet.getRow(firstRow + 1 + index).values = [line.stage, line.signedBy, line.signedAt]
  })
}

/**
 * The data-check sheet a statistics bureau signs off: every series of the report with last
 * year's and this year's value (in the unit the text uses), the change, source and review status,
 * and under them the report's 审签 record (each stage's signer and time, or 未签).
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
  sheet.mergeCells('A1:N1')
  sheet.getCell('A1').value = `${report.title} · 数据核对表（${report.year}年）`
  sheet.getCell('A1').font = { name: '黑体', size: 14, bold: true }
  sheet.getRow(2).values = [
    '指标',
    '类别',
    '单位',
    `上年（${report.year - 1}）`,
    `本年（${report.year}）`,
    '变化',
    '变化单位',
    '方向',
    '对应指标',
    '来源',
    '确认状态',
    '核对状态',
    '核对人',
    '核对时间',
  ]
  sheet.getRow(2).font = { name: '黑体', bold: true }
  const labels = new Map(rows.map((row) => [row.id, row.label]))
  rows.forEach((row, index) => {
    sheet.getRow(index + 3).values = [
      row.label,
      kindNames[row.kind],
      row.displayUnit || row.unit,
      shown(row, row.previous?.value),
      shown(row, row.current?.value),
      row.change === null ? null : Number(row.change.toFixed(2)),
      row.changeUnit ?? '',
      row.direction ? directionNames[row.direction] : '',
      row.baseSeriesId ? (labels.get(row.baseSeriesId) ?? '') : '',
      sourceNames[row.current?.source ?? ''] ?? row.current?.source ?? '',
      row.bindingStatus === 'accepted' ? '已确认' : '待确认',
      row.current?.reviewStatus === 'checked' ? '已核对' : '待核对',
      row.current?.reviewedBy ?? '',
      row.current?.reviewedAt?.slice(0, 16).replace('T', ' ') ?? '',
    ]
  })
  checkSheetConventions.forEach((line, index) => {
    const rowNumber = rows.length + 4 + index
    sheet.mergeCells(`A${rowNumber}:N${rowNumber}`)
    sheet.getCell(`A${rowNumber}`).value = line
  })
  addSignOffBlock(sheet, reviewSignOffLines(workspace, reportId), sheet.rowCount + 2)
  const widths = [28, 8, 10, 14, 14, 10, 10, 6, 20, 10, 10, 10, 10, 18]
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width
  })
  addChartSheet(book, workspace, report)
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  const safeTitle = report.title.replace(/[\\/:*?"<>|\s]+/g, '')
  return { fileName: `${safeTitle}-数据核对表.xlsx`, bytes }
}
