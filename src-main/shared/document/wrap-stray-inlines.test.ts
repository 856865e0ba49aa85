import { describe, expect, it } from 'vitest'
import type { DocumentNode } from './document-json'
import { wrapStrayInlines } from './wrap-stray-inlines'

const text = (value: string): DocumentNode => ({ type: 'text', text: value })
const paragraph = (value: string): DocumentNode => ({ type: 'paragraph', content: [text(value)] })
const isInline = (node: DocumentNode) => node.type === 'text' || node.type === 'metric'

describe('wrapStrayInlines', () => {
  it('gathers each run of inline nodes among blocks into a paragraph of its own', () => {
    const figure: DocumentNode = { type: 'metric', attrs: { seriesId: 3 } }
    expect(wrapStrayInlines([text('甲'), figure, paragraph('乙'), text('丙')], isInline)).toEqual([
      { type: 'paragraph', content: [text('甲'), figure] },
      paragraph('乙'),
      { type: 'paragraph', content: [text('丙')] },
    ])
  })

  it('leaves block content as it is', () => {
    const blocks = [paragraph('甲'), { type: 'table', content: [] }]
    expect(wrapStrayInlines(blocks, isInline)).toEqual(blocks)
    expect(wrapStrayInlines([], isInline)).toEqual([])
  })
})
