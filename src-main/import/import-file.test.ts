import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportReportDocx } from '../export/export-report-docx'
import { exportReportHtml } from '../export/export-report-html'
import { reportText } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { tinyPng } from '../test-support/tiny-png'
import { importFile } from './import-file'
import { importText } from './text-import-service'

const resources = join(__dirname, '..', '..', 'resources')
const sampleText = readFileSync(join(resources, 'shangdang-2025.txt'), 'utf8')
const sampleDocx = readFileSync(join(resources, 'shangdang-2025.docx'))
let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

/** What a report holds: its outline with each section's text and bound figures. */
function contents(reportId: number) {
  const shown = reportText(workspace, reportId)
  return {
    title: shown.title,
    sections: shown.sections.map(({ kind, title, text, metrics }) => ({
      kind,
      title,
      text,
      metrics,
    })),
  }
}

function tableCounts() {
  return ['reports', 'sections', 'assets', 'metric_series', 'metric_values'].map(
    (table) =>
      (workspace.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
  )
}

describe('importFile', () => {
  it('imports the sample .docx to the same outline and bound figures as the sample .txt', async () => {
    const fromText = importText(workspace, { text: sampleText, year: 2025 })
    const fromDocx = await importFile(workspace, {
      fileName: 'shangdang-2025.docx',
      bytes: sampleDocx,
      year: 2025,
    })
    const docx = contents(fromDocx)
    expect(docx.sections.filter((section) => section.kind === 'heading')).toHaveLength(4)
    expect(docx.sections.flatMap((section) => section.metrics)).toHaveLength(48)
    expect(docx).toEqual(contents(fromText))
  })

  it.each(['newspaper', 'gongwen'] as const)(
    'round-trips the sample through its own %s .docx export',
    async (profile) => {
      const original = importText(workspace, { text: sampleText, year: 2025 })
      const bytes = await exportReportDocx(workspace, original, profile)
      const reimported = await importFile(workspace, {
        fileName: `${profile}.docx`,
        bytes,
        year: 2025,
      })
      const printed = (section: { kind: string }) =>
        profile === 'newspaper' || section.kind !== 'masthead'
      const before = { sections: contents(original).sections.filter(printed) }
      const after = contents(reimported)
      expect(after.sections.map(({ kind, title }) => ({ kind, title }))).toEqual(
        before.sections.map(({ kind, title }) => ({ kind, title })),
      )
      expect(after.sections.flatMap((section) => section.metrics)).toEqual(
        before.sections.flatMap((section) => section.metrics),
      )
    },
  )

  it('round-trips the sample through its own HTML export', async () => {
    const original = importText(workspace, { text: sampleText, year: 2025 })
    const html = exportReportHtml(workspace, original)
    const reimported = await importFile(workspace, {
      fileName: 'shangdang.html',
      bytes: html,
      year: 2025,
    })
    const before = contents(original)
    const after = contents(reimported)
    expect(after.sections.map(({ kind, title }) => ({ kind, title }))).toEqual(
      before.sections.map(({ kind, title }) => ({ kind, title })),
    )
    expect(after.sections.flatMap((section) => section.metrics)).toEqual(
      before.sections.flatMap((section) => section.metrics),
    )
  })

  it('stores a picture as an asset and keeps a remote one as a visible line, never fetched', async () => {
    const page = [
      '<html><body><h1>测试区交出高质量发展答卷</h1><p>这一年，全区干部群众砥砺奋进，交出了一份亮眼的答卷。</p>',
      '<h2>一、产业转型提速</h2><p><strong>传统产业焕发生机。</strong>全区原煤产量3598万吨。</p>',
      `<figure><img src="data:image/png;base64,${tinyPng.toString('base64')}"><figcaption>新建成的游园（记者 王强 摄）</figcaption></figure>`,
      '<p><img src="https://mmbiz.qpic.cn/remote.jpg"></p><p>图为矿区新貌</p>',
      '<h2>二、民生持续改善</h2><p><strong>就业更加充分。</strong>全年城镇新增就业5580人。</p></body></html>',
    ].join('')
    const reportId = await importFile(workspace, {
      fileName: 'page.html',
      bytes: Buffer.from(page),
      year: 2025,
    })
    const docs = JSON.stringify(
      workspace.sections.listByReport(reportId).map((section) => section.doc),
    )
    const asset = workspace.db
      .prepare('SELECT caption, credit, mime_type AS mimeType FROM assets WHERE report_id = ?')
      .all(reportId)
    expect(asset).toEqual([
      { caption: '新建成的游园', credit: '记者 王强 摄', mimeType: 'image/png' },
    ])
    expect(docs).toContain('"type":"reportImage"')
    expect(docs).toContain('〔图片未导入：https://mmbiz.qpic.cn/remote.jpg〕')
  })

  it.each([
    ['not a zip', 'bad.docx', Buffer.from('plain text, not a zip'), /Word|docx/],
    ['an unknown type', 'report.pdf', Buffer.from('%PDF-1.7'), /不支持的文件类型/],
    [
      'a page without text',
      'empty.html',
      Buffer.from('<html><body><script>x()</script></body></html>'),
      /没有可导入的内容/,
    ],
    [
      'a binary .txt',
      'photo.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      /不是文本文件/,
    ],
  ])(
    'refuses %s with a clear message and stores nothing',
    async (_name, fileName, bytes, message) => {
      const before = tableCounts()
      await expect(importFile(workspace, { fileName, bytes, year: 2025 })).rejects.toThrow(message)
      expect(tableCounts()).toEqual(before)
    },
  )
})
