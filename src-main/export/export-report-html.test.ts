import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addImage } from '../assets/asset-service'
import { importText } from '../import/text-import-service'
import { reportText } from '../reports/report-text'
import { saveSection } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { exportReportClipboard, exportReportHtml } from './export-report-html'
import { validateExportedHtml } from './html/validate-exported-html'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const squeeze = (text: string) => text.replace(/\s+/g, '')
let workspace: Workspace
let reportId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = importText(workspace, { text: sample, year: 2025 })
})
afterEach(() => workspace.close())

function parse(html: string): Document {
  return new JSDOM(html).window.document
}

function texts(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (element) => element.textContent ?? '')
}

function section(kind: string, title?: string) {
  const found = workspace.sections
    .listByReport(reportId)
    .find((item) => item.kind === kind && (title === undefined || item.title === title))
  if (!found) {
    throw new Error(`no ${kind} section ${title ?? ''}`)
  }
  return found
}

describe('exportReportHtml with the imported sample', () => {
  it('writes a document html-validate accepts', async () => {
    expect(
      await validateExportedHtml(exportReportHtml(workspace, reportId).toString('utf8')),
    ).toEqual([])
  })

  it('writes a header, the four themes as sections and the credits as a footer', () => {
    const document = parse(exportReportHtml(workspace, reportId).toString('utf8'))
    expect(document.title).toBe('2025年 上党区高质量发展答卷')
    const title = '太行深处焕新颜 实干笃行向未来'
    expect(texts(document, 'article > header > h1')).toEqual([title])
    expect(texts(document, 'article > header > p')).toEqual([
      '聚焦',
      '2026',
      '长治两会',
      '谋好篇 布好局',
      '履职尽责为人民',
      '两会特刊',
      '——上党区交出二〇二五年高质量发展答卷',
    ])
    expect(texts(document, 'article > section > h2')).toEqual([
      '从“煤字号”到“新质态”，产业转型提速提档',
      '“项目为王”强根基，发展势能节节攀升',
      '城乡蝶变同出彩，宜居画卷渐次展开',
      '民生答卷暖人心，幸福指数持续提升',
    ])
    expect(document.querySelectorAll('h2')).toHaveLength(4)
    expect(texts(document.querySelectorAll('article > section')[0], 'p > strong')).toEqual([
      '传统产业焕发绿色生机。',
      '新兴产业加速拔节成长。',
      '科技创新点燃发展引擎。',
    ])
    expect(texts(document, 'article > footer > p')).toEqual([
      '策划/宋玉红',
      '统筹/陈建波 张国平',
      '文字/王涵 李盼 上党区融媒体中心',
      '图片/张国平 尚华 赵浩 向峥',
      '版式/翟志慧',
    ])
    const closing = document.querySelector('article > p:last-of-type')
    expect(closing?.textContent).toMatch(/^太行巍巍启新程/)
  })

  it('carries no style block, script or class, only inline styles', () => {
    const html = exportReportHtml(workspace, reportId).toString('utf8')
    expect(html).not.toMatch(/<style|<script|\sclass=/i)
    const document = parse(html)
    const elements = Array.from(document.body.querySelectorAll('*'))
    expect(elements.filter((element) => !element.hasAttribute('style'))).toEqual([])
  })

  it('reads as the report text, figures included', () => {
    const document = parse(exportReportHtml(workspace, reportId).toString('utf8'))
    const article = document.querySelector('article')?.textContent ?? ''
    const report = reportText(workspace, reportId)
    // The sample's PM_{2.5} is set as PM with a subscript 2.5 (<sub>), whose text is "2.5".
    const reportTexts = report.sections.map((item) => item.text.replace(/_\{([^{}]+)\}/g, '$1'))
    expect(squeeze(article)).toBe(squeeze(reportTexts.join('\n')))
    expect(document.querySelector('sub')?.textContent).toBe('2.5')
    expect(document.querySelector('sub')?.previousSibling?.textContent).toMatch(/PM$/)
    const figures = report.sections.flatMap((item) => item.metrics.map((metric) => metric.text))
    expect(figures.length).toBeGreaterThan(40)
    expect(figures).toContain('3598万吨')
    for (const figure of figures) {
      expect(article).toContain(figure)
    }
  })

  it('highlights a figure that has no value for the year with its placeholder', () => {
    const { familyId } = workspace.reports.get(reportId)!
    const series = workspace.metrics.listSeries(familyId).find((item) => item.label === '原煤产量')!
    const value = workspace.metrics.getValue(series.id, 2025)!
    workspace.metrics.writeValue({ ...value, value: null })
    const document = parse(exportReportHtml(workspace, reportId).toString('utf8'))
    const spans = Array.from(document.querySelectorAll('span'))
    expect(spans.map((span) => span.textContent)).toEqual(['【待填·原煤产量】'])
    expect(spans[0].getAttribute('style')).toContain('background-color')
  })

  it('embeds a photo from the asset service as a data: URI with caption and credit', async () => {
    const caption = '日盛达光伏车间 <生产线>'
    const credit = '张国平'
    const dataBase64 = png.toString('base64')
    const { assetId } = addImage(workspace, { reportId, dataBase64, caption, credit })
    const target = section('subsection', '新兴产业加速拔节成长')
    saveSection(workspace, {
      sectionId: target.id,
      baseVersion: target.version,
      doc: {
        ...target.doc,
        content: [
          ...(target.doc.content ?? []),
          { type: 'reportImage', attrs: { assetId, caption, credit } },
        ],
      },
    })
    const html = exportReportHtml(workspace, reportId).toString('utf8')
    expect(await validateExportedHtml(html)).toEqual([])
    const figure = parse(html).querySelector('article > section figure')!
    const img = figure.querySelector('img')
    expect(img?.getAttribute('src')).toBe(`data:image/png;base64,${dataBase64}`)
    expect(img?.getAttribute('alt')).toBe(caption)
    expect(texts(figure, 'figcaption')).toEqual(['日盛达光伏车间 <生产线>（摄影：张国平）'])
    expect(html).toContain('日盛达光伏车间 &lt;生产线&gt;（摄影：张国平）')
  })

  it('exports only the chosen sections, and refuses a section of another report', () => {
    const heading = section('heading', '民生答卷暖人心，幸福指数持续提升')
    const subsection = section('subsection', '基本保障更加扎实')
    const sectionIds = [subsection.id, heading.id]
    const document = parse(exportReportHtml(workspace, reportId, { sectionIds }).toString('utf8'))
    expect(texts(document, 'h2')).toEqual(['民生答卷暖人心，幸福指数持续提升'])
    expect(texts(document, 'section p > strong')).toEqual(['基本保障更加扎实。'])
    expect(document.querySelector('header, footer, h1')).toBeNull()
    expect(() => exportReportHtml(workspace, reportId, { sectionIds: [9999] })).toThrow(
      expect.objectContaining({ code: 'section_not_found' }),
    )
    expect(() => exportReportHtml(workspace, 9999)).toThrow(
      expect.objectContaining({ code: 'report_not_found' }),
    )
  })
})

describe('exportReportClipboard', () => {
  it('gives the styled article as HTML and the report as plain text', async () => {
    const { html, text } = exportReportClipboard(workspace, reportId)
    expect(html.startsWith('<article style="')).toBe(true)
    expect(html.endsWith('</article>')).toBe(true)
    expect(html).not.toMatch(/<(html|head|body|title)[\s>]/)
    expect(await validateExportedHtml(html, 'fragment')).toEqual([])
    const report = reportText(workspace, reportId)
    expect(text).toBe(report.sections.map((item) => item.text).join('\n'))
    expect(text.split('\n')[6]).toBe('太行深处焕新颜 实干笃行向未来')
    expect(squeeze(text)).toBe(squeeze(sample))
  })
})
