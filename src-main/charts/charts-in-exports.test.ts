import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { JSDOM } from 'jsdom'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkReport } from '../checks/check-report'
import { exportReportFile } from '../export/export-report-file'
import { validateExportedHtml } from '../export/html/validate-exported-html'
import { importText } from '../import/text-import-service'
import { buildCheckSheet } from '../export/check-sheet'
import { deleteSeries, listReportMetrics, setMetricValue } from '../metrics/metric-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace
let reportId: number
let coal: number
let sectionId: number

function addChart(chart: ChartAttributes) {
  const section = workspace.sections.get(sectionId)!
  const doc = {
    ...section.doc,
    content: [...(section.doc.content ?? []), { type: 'chart', attrs: chart }],
  }
  workspace.sections.updateIfVersion(section.id, section.version, doc, section.title, 'edit')
}

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = importText(workspace, { text: sample, year: 2025 })
  coal = listReportMetrics(workspace, reportId).rows.find((row) => row.label === '原煤产量')!.id
  sectionId = listReportMetrics(workspace, reportId).rows.find((row) => row.id === coal)!
    .occurrences[0]!.sectionId
  workspace.metrics.writeValue({
    seriesId: coal,
    year: 2024,
    value: 34_000_000,
    displayUnit: '万吨',
    qualifier: 'exact',
    source: 'manual',
  })
  addChart({
    chartType: 'bar',
    seriesIds: [coal],
    years: 2,
    caption: '',
    note: '数据来源：区统计局',
  })
})
afterEach(() => workspace.close())

describe('charts in the exports', () => {
  it('puts a 300 dpi PNG 8 cm wide into Word, described by its text alternative, with its caption', async () => {
    const file = await exportReportFile(workspace, { reportId, format: 'docx' })
    const zip = await JSZip.loadAsync(file.bytes)
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))
    const pngs = await Promise.all(media.map((name) => zip.file(name)!.async('nodebuffer'))).then(
      (all) => all.filter((bytes) => bytes.subarray(1, 4).toString('latin1') === 'PNG'),
    )
    expect(pngs.map((png) => png.readUInt32BE(16))).toEqual([945])
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain(
      'descr="柱状图（单位：万吨），2024—2025年。原煤产量：2024年3400，2025年3598。注：数据来源：区统计局"',
    )
    expect(xml).toContain('>原煤产量（2024—2025年）<')
    // 80 mm wide, as drawn for.
    expect(xml).toContain(`cx="${Math.round((80 / 25.4) * 96) * 9525}"`)
  })

  it('inlines the SVG in HTML, its words as text, valid, and redraws it after a value changes', async () => {
    const html = (await exportReportFile(workspace, { reportId, format: 'html' })).bytes.toString(
      'utf8',
    )
    const document = new JSDOM(html).window.document
    const figure = document.querySelector('figure[data-chart]')!
    expect(figure.querySelector('svg > title')?.textContent).toContain(
      '原煤产量：2024年3400，2025年3598',
    )
    expect(figure.querySelector('figcaption')?.textContent).toBe('原煤产量（2024—2025年）')
    const texts = Array.from(figure.querySelectorAll('text'), (text) => text.textContent)
    expect(texts).toEqual(expect.arrayContaining(['3400', '3598']))
    expect(await validateExportedHtml(html)).toEqual([])

    setMetricValue(workspace, { reportId, seriesId: coal, text: '3700万吨' })
    const after = (await exportReportFile(workspace, { reportId, format: 'html' })).bytes.toString(
      'utf8',
    )
    const redrawn = new JSDOM(after).window.document.querySelector('figure[data-chart] svg')!
    expect(Array.from(redrawn.querySelectorAll('text'), (text) => text.textContent)).toContain(
      '3700',
    )
  })

  it('gives the 公众号 package the chart as a PNG file in reading order', async () => {
    const file = await exportReportFile(workspace, { reportId, format: 'wechat' })
    const zip = await JSZip.loadAsync(file.bytes)
    expect(Object.keys(zip.files).sort()).toEqual(['01.png', 'article.html'])
    const png = await zip.file('01.png')!.async('nodebuffer')
    expect(png.readUInt32BE(16)).toBe(1080)
    const article = await zip.file('article.html')!.async('string')
    expect(article).not.toContain('<svg')
    expect(new JSDOM(article).window.document.querySelector('img')?.getAttribute('alt')).toContain(
      '原煤产量：2024年3400',
    )
  })

  it('shows a chart that cannot be drawn as a visible line, not a failed export', async () => {
    addChart({ chartType: 'line', seriesIds: [987654], years: 3, caption: '', note: '' })
    const html = (await exportReportFile(workspace, { reportId, format: 'html' })).bytes.toString(
      'utf8',
    )
    expect(html).toContain('【图表无法绘制：找不到该指标（编号 987654）。】')
  })

  it('lists each chart with its series and years on the check sheet', async () => {
    const { bytes } = await buildCheckSheet(workspace, reportId)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('图表')!
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      workspace.sections.get(sectionId)!.title,
      '柱状图（按年）',
      '原煤产量（2024—2025年）',
      `原煤产量（${coal}）`,
      '2024—2025',
      '',
    ])
  })

  it('finds a chart whose series has no value for the report year, and keeps its series', () => {
    const report = workspace.reports.get(reportId)!
    workspace.metrics.writeValue({
      seriesId: coal,
      year: report.year,
      value: null,
      displayUnit: '万吨',
      qualifier: 'exact',
      source: 'manual',
    })
    const findings = checkReport(workspace, { reportId, sectionIds: [sectionId] })
    const chart = findings.filter((finding) => finding.rule === 'pending-chart')
    expect(chart.map((finding) => finding.message)).toEqual([
      '图表“原煤产量”中“原煤产量”还没有2025年的数值，图中会显示“待填”。',
    ])
    expect(() => deleteSeries(workspace, { reportId, seriesId: coal })).toThrow('的图表')
  })
})
