import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { DocumentNode } from '../shared/document/document-json'
import { tinyPng } from '../test-support/tiny-png'
import { buildImportDraft } from './build-import-draft'
import type { SectionDraft } from '../sections/section-draft'
import { splitTextParagraphs } from './split-text-paragraphs'

// The draft step runs with no database at all: opening one here fails the test.
vi.mock('better-sqlite3', () => ({
  default: vi.fn(() => {
    throw new Error('the draft step opened a database')
  }),
}))

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')

function nodesOfType(sections: SectionDraft[], type: string): DocumentNode[] {
  const found: DocumentNode[] = []
  const walk = (node: DocumentNode) => {
    if (node.type === type) {
      found.push(node)
    }
    node.content?.forEach(walk)
  }
  const walkSections = (items: SectionDraft[]) =>
    items.forEach((section) => {
      walk(section.doc)
      walkSections(section.children)
    })
  walkSections(sections)
  return found
}

describe('buildImportDraft', () => {
  it('drafts the sample with every figure pointing at a series draft, no stored id anywhere', () => {
    const draft = buildImportDraft(splitTextParagraphs(sample), { year: 2025 })
    expect(draft.title).toBe('2025年 上党区高质量发展答卷')
    expect(draft.sections.map((section) => section.kind)).toEqual([
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
    const metrics = nodesOfType(draft.sections, 'metric')
    expect(metrics).toHaveLength(48)
    expect(metrics.some((node) => node.attrs && 'seriesId' in node.attrs)).toBe(false)
    const used = new Set(metrics.map((node) => node.attrs?.seriesDraft))
    expect([...used].sort((a, b) => Number(a) - Number(b))).toEqual(
      draft.series.map((_series, index) => index),
    )
    const labels = draft.series.map((series) => series.label)
    expect(new Set(labels).size).toBe(labels.length)
    expect(labels).toContain('城镇居民人均可支配收入增幅')
  })

  it('drafts a picture with its bytes and puts an image draft key in the text', () => {
    const draft = buildImportDraft(
      [
        { kind: 'paragraph', text: '全区新建学校3所。' },
        { kind: 'image', bytes: tinyPng, caption: '新建成的学校', credit: '王强 摄' },
        { kind: 'image', bytes: new Uint8Array([1, 2, 3]), caption: '坏图', credit: '' },
      ],
      { year: 2025, title: ' 测试 ' },
    )
    expect(draft.title).toBe('测试')
    expect(draft.images).toEqual([
      { mimeType: 'image/png', bytes: tinyPng, caption: '新建成的学校', credit: '王强 摄' },
    ])
    expect(nodesOfType(draft.sections, 'reportImage')).toEqual([
      { type: 'reportImage', attrs: { imageDraft: 0, caption: '新建成的学校', credit: '王强 摄' } },
    ])
    expect(JSON.stringify(draft.sections)).toContain('〔图片未导入〕 坏图')
  })

  it('refuses a text without a line of prose', () => {
    expect(() => buildImportDraft(splitTextParagraphs(' \n\u3000 '), { year: 2025 })).toThrow(
      expect.objectContaining({ code: 'empty_import' }),
    )
  })
})
