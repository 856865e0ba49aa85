import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentPlainText } from '../shared/document/plain-text'
import { figureRendererFor } from '../metrics/metric-service'
import { openReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { importText } from './text-import-service'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

function outlineOf(reportId: number) {
  const { sections } = openReport(workspace, reportId)
  const top = sections
    .filter((section) => section.parentId === null)
    .sort((a, b) => a.position - b.position)
  return top.map((section) => ({
    kind: section.kind,
    title: section.title,
    children: sections
      .filter((child) => child.parentId === section.id)
      .sort((a, b) => a.position - b.position)
      .map((child) => child.title),
  }))
}

describe('importText', () => {
  it('stores the sample as a report with its outline, titled from the subtitle', () => {
    const reportId = importText(workspace, { text: sample, year: 2025 })
    expect(workspace.reports.get(reportId)!.title).toBe('2025年 上党区高质量发展答卷')
    const outline = outlineOf(reportId)
    expect(outline.map((entry) => entry.kind)).toEqual([
      'masthead',
      'title',
      'subtitle',
      'lead',
      'heading',
      'heading',
      'heading',
      'heading',
      'closing',
      'credits',
    ])
    expect(outline[1].title).toBe('太行深处焕新颜 实干笃行向未来')
    expect(outline[4]).toEqual({
      kind: 'heading',
      title: '从“煤字号”到“新质态”，产业转型提速提档',
      children: ['传统产业焕发绿色生机', '新兴产业加速拔节成长', '科技创新点燃发展引擎'],
    })
  })

  it('marks the bold lead sentence as a lead-sentence mark in the stored body', () => {
    const reportId = importText(workspace, { text: sample, year: 2025 })
    const subsection = openReport(workspace, reportId).sections.find(
      (section) => section.title === '传统产业焕发绿色生机',
    )!
    expect(subsection.doc.content![0].content![0]).toEqual({
      type: 'text',
      text: '传统产业焕发绿色生机。',
      marks: [{ type: 'leadSentence' }],
    })
  })

  it('keeps every character of the source text, in order', () => {
    const reportId = importText(workspace, { text: sample, year: 2025 })
    const { report, sections } = openReport(workspace, reportId)
    const render = figureRendererFor(workspace, report)
    const ordered = sectionsInReadingOrder(sections).map((section) =>
      documentPlainText(section.doc, render),
    )
    const squeeze = (text: string) => text.replace(/\s+/g, '')
    expect(squeeze(ordered.join(''))).toBe(squeeze(sample))
  })

  it('refuses empty text and stores nothing', () => {
    expect(() => importText(workspace, { text: ' \r\n\u3000 ', year: 2025 })).toThrow(
      expect.objectContaining({ code: 'empty_import' }),
    )
    expect(workspace.reports.listLive()).toEqual([])
  })
})
