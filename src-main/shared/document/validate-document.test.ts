import { describe, expect, it } from 'vitest'
import { AppError } from '../errors/app-error'
import type { DocumentNode } from './document-json'
import { validateDocument } from './validate-document'

const paragraph: DocumentNode = { type: 'paragraph', content: [{ type: 'text', text: '正文' }] }

function tableWithCell(attrs: Record<string, unknown>): DocumentNode {
  const cell = { type: 'tableCell', attrs, content: [paragraph] }
  const table = { type: 'table', content: [{ type: 'tableRow', content: [cell] }] }
  return { type: 'doc', content: [table] }
}

function refusal(doc: DocumentNode): string | undefined {
  try {
    validateDocument(doc)
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('invalid_document')
    return (error as AppError).message
  }
}

describe('validateDocument', () => {
  it('accepts cells as the importers and the editor write them', () => {
    expect(refusal(tableWithCell({ colspan: 2, rowspan: 40, colwidth: null }))).toBeUndefined()
    const withWidths = tableWithCell({ colspan: 2, rowspan: 1, colwidth: [120, 0], align: null })
    expect(refusal(withWidths)).toBeUndefined()
    expect(refusal(tableWithCell({}))).toBeUndefined()
  })

  it.each([
    [{ colspan: 100_000_000 }],
    [{ colspan: 'abc' }],
    [{ colspan: 0 }],
    [{ rowspan: -5 }],
    [{ rowspan: 1.5 }],
    [{ colwidth: ['1px;position:fixed'] }],
    [{ colwidth: [1e9] }],
    [{ colwidth: 'wide' }],
  ])('refuses a cell with %j', (attrs) => {
    const doc = tableWithCell({ colspan: 1, rowspan: 1, colwidth: null, ...attrs })
    expect(refusal(doc)).toMatch(/^文档内容不符合格式要求：table cell/)
  })

  it('refuses attributes the schema does not know, on nodes and on marks', () => {
    const withParagraphAttribute: DocumentNode = {
      type: 'doc',
      content: [{ ...paragraph, attrs: { onclick: 'alert(1)' } }],
    }
    expect(refusal(withParagraphAttribute)).toContain('unsupported attribute onclick on paragraph')
    const bold = { type: 'bold', attrs: { style: 'x' } }
    const withMarkAttribute: DocumentNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '加粗', marks: [bold] }] }],
    }
    expect(refusal(withMarkAttribute)).toContain('unsupported attribute style on bold')
  })
})
