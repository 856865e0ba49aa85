import { describe, expect, it } from 'vitest'
import type { DocumentNode } from './document-json'
import { convertOffset, documentTextMap, positionOfOffset } from './document-text-map'
import { documentSchema } from './document-schema'
import { replaceTextRange } from './replace-text-range'

const figure = (seriesId: number): DocumentNode => ({
  type: 'metric',
  attrs: { seriesId, template: '{v}万吨', scale: 10000 },
})

const doc: DocumentNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '2025年，', marks: [{ type: 'bold' }] },
        { type: 'text', text: '原煤产量' },
        figure(1),
        { type: 'text', text: '，同比增长' },
        figure(2),
        { type: 'text', text: '。' },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '指标' }] }],
            },
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '十四五' }] }],
            },
          ],
        },
      ],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '今年' },
        { type: 'hardBreak' },
        { type: 'text', text: '明年' },
      ],
    },
  ],
}

const rendered = (attributes: { seriesId: number }) =>
  attributes.seriesId === 1 ? '3598万吨' : '46%'

describe('documentTextMap', () => {
  it('writes blocks as lines, rows with tabs and figures as one anchor character', () => {
    expect(documentTextMap(doc).text).toBe(
      '2025年，原煤产量\uFFFC，同比增长\uFFFC。\n指标\t十四五\n今年\n明年',
    )
    expect(documentTextMap(doc, rendered).text).toBe(
      '2025年，原煤产量3598万吨，同比增长46%。\n指标\t十四五\n今年\n明年',
    )
  })

  it('maps every piece to its ProseMirror position', () => {
    const node = documentSchema().nodeFromJSON(doc)
    const map = documentTextMap(doc)
    for (const piece of map.pieces) {
      if (piece.kind === 'text') {
        expect(node.textBetween(piece.position, piece.position + piece.end - piece.start)).toBe(
          map.text.slice(piece.start, piece.end),
        )
      } else {
        expect(['metric', 'hardBreak']).toContain(node.nodeAt(piece.position)?.type.name)
      }
    }
    const plan = map.text.indexOf('十四五')
    expect(node.textBetween(positionOfOffset(map, plan), positionOfOffset(map, plan + 3))).toBe(
      '十四五',
    )
  })

  it('converts offsets between anchor and rendered text', () => {
    const anchor = documentTextMap(doc)
    const shown = documentTextMap(doc, rendered)
    const at = anchor.text.indexOf('十四五')
    expect(
      shown.text.slice(convertOffset(anchor, shown, at), convertOffset(anchor, shown, at + 3)),
    ).toBe('十四五')
    const second = anchor.text.indexOf('，同比')
    expect(shown.text.slice(convertOffset(anchor, shown, second))).toMatch(/^，同比增长46%/)
  })
})

describe('replaceTextRange', () => {
  it('replaces text inside one node and keeps marks and figures', () => {
    const changed = replaceTextRange(doc, 0, 5, '2026年', '2025年')
    expect(changed?.content?.[0]?.content?.[0]).toEqual({
      type: 'text',
      text: '2026年，',
      marks: [{ type: 'bold' }],
    })
    expect(changed?.content?.[0]?.content?.[2]).toEqual(figure(1))
    expect(doc.content?.[0]?.content?.[0]?.text).toBe('2025年，')
  })

  it('spans two text nodes', () => {
    const changed = replaceTextRange(doc, 4, 8, '年度，煤', '年，原煤')
    expect(changed?.content?.[0]?.content?.slice(0, 2)).toEqual([
      { type: 'text', text: '2025年度，煤', marks: [{ type: 'bold' }] },
      { type: 'text', text: '产量' },
    ])
  })

  it('refuses ranges over figures, over changed text, or across blocks', () => {
    const map = documentTextMap(doc)
    const figureAt = map.text.indexOf('\uFFFC')
    expect(replaceTextRange(doc, figureAt - 1, figureAt + 1, 'x')).toBeUndefined()
    expect(replaceTextRange(doc, 0, 5, '2026年', '2024年')).toBeUndefined()
    const lineEnd = map.text.indexOf('\n')
    expect(replaceTextRange(doc, lineEnd - 1, lineEnd + 2, 'x')).toBeUndefined()
  })

  it('removes a node emptied by the replacement', () => {
    const changed = replaceTextRange(doc, 6, 10, '')
    expect(
      changed?.content?.[0]?.content?.some((node) => node.type === 'text' && node.text === ''),
    ).toBe(false)
  })
})
