import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tinyPng } from '../test-support/tiny-png'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { buildImportDraft } from './build-import-draft'
import type { ImportDraft } from './import-draft'
import type { SectionDraft } from '../sections/section-draft'
import { persistImport } from './persist-import'
import { splitTextParagraphs } from './split-text-paragraphs'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
const storedTables = [
  'reports',
  'sections',
  'section_revisions',
  'assets',
  'metric_series',
  'metric_values',
]
type Write = (...args: unknown[]) => number
let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

function tableCounts(): Record<string, number> {
  return Object.fromEntries(
    storedTables.map((table) => [
      table,
      (workspace.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  )
}

function countSections(sections: SectionDraft[]): number {
  return sections.reduce((sum, section) => sum + 1 + countSections(section.children), 0)
}

function draftWithPicture(): ImportDraft {
  return buildImportDraft(
    [
      ...splitTextParagraphs(sample),
      { kind: 'image', bytes: tinyPng, caption: '新建成的学校', credit: '王强 摄' },
    ],
    { year: 2025 },
  )
}

describe('persistImport', () => {
  it('stores the draft’s series, pictures and sections, every draft key bound to a stored id', () => {
    const draft = draftWithPicture()
    const reportId = persistImport(workspace, draft)
    const report = workspace.reports.get(reportId)!
    expect(report.title).toBe('2025年 上党区高质量发展答卷')
    const series = workspace.metrics.listSeries(report.familyId)
    expect(series.map((item) => item.label)).toEqual(draft.series.map((item) => item.label))
    const docs = JSON.stringify(workspace.sections.listByReport(reportId).map((row) => row.doc))
    expect(docs).not.toMatch(/seriesDraft|imageDraft/)
    const boundIds = [...docs.matchAll(/"seriesId":(\d+)/g)].map((match) => Number(match[1]))
    expect(boundIds).toHaveLength(48)
    expect(new Set(boundIds)).toEqual(new Set(series.map((item) => item.id)))
    const [assetId] = [...docs.matchAll(/"assetId":(\d+)/g)].map((match) => Number(match[1]))
    expect(workspace.assets.get(assetId)).toMatchObject({
      reportId,
      mimeType: 'image/png',
      caption: '新建成的学校',
      credit: '王强 摄',
    })
  })

  it.each([
    ['a picture', 'assets', 'insert'],
    ['a series value', 'metrics', 'writeValue'],
    ['the last section', 'sections', 'insert'],
  ] as const)(
    'stores nothing when writing %s fails, and keeps what was stored before',
    (_what, repository, method) => {
      persistImport(workspace, draftWithPicture())
      const before = tableCounts()
      const draft = draftWithPicture()
      const sectionCount = countSections(draft.sections)
      const writes = workspace[repository] as unknown as Record<string, Write>
      const original = writes[method]
      let calls = 0
      const failing = {
        ...workspace,
        [repository]: {
          ...writes,
          [method]: (...args: unknown[]) => {
            calls++
            if (repository !== 'sections' || calls === sectionCount) {
              throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' })
            }
            return original(...args)
          },
        },
      } as Workspace
      expect(() => persistImport(failing, draft)).toThrow('disk I/O error')
      expect(calls).toBe(repository === 'sections' ? sectionCount : 1)
      expect(tableCounts()).toEqual(before)
    },
  )
})
