import { describe, expect, it } from 'vitest'
import { documentSchema } from './document-schema'
import { markNames, nodeNames } from './node-names'

describe('document schema', () => {
  it('is built from the real extension list and names exactly the nodes exporters handle', () => {
    const schema = documentSchema()
    expect(Object.keys(schema.nodes).sort()).toEqual([...nodeNames].sort())
    expect(Object.keys(schema.marks).sort()).toEqual([...markNames].sort())
  })

  it('accepts a paragraph with a lead sentence and a bound figure', () => {
    const node = documentSchema().nodeFromJSON({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '传统产业焕发绿色生机。', marks: [{ type: 'leadSentence' }] },
            { type: 'metric', attrs: { seriesId: 3, template: '{v}万吨', scale: 10000 } },
          ],
        },
      ],
    })
    node.check()
    expect(node.toJSON().content[0].content[1].attrs).toEqual({
      seriesId: 3,
      template: '{v}万吨',
      scale: 10000,
      numerals: 'arabic',
      grouping: false,
      decimals: 0,
      magnitude: false,
      fullWidth: false,
    })
  })
})
