// @vitest-environment jsdom
import { generateJSON } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import type { DocumentNode } from './document-json'
import { documentExtensions } from './document-extensions'

function firstCellAttributes(html: string): Record<string, unknown> | undefined {
  const doc = generateJSON(html, documentExtensions) as DocumentNode
  return doc.content?.[0]?.content?.[0]?.content?.[0]?.attrs
}

describe('table cell attributes read from HTML', () => {
  it('keeps sane spans and widths', () => {
    const columns = '<colgroup><col width="120"></colgroup>'
    const header = `<table>${columns}<tr><th colspan="2" rowspan="3">表头</th></tr></table>`
    const expected = { colspan: 2, rowspan: 3, colwidth: [120], align: null }
    expect(firstCellAttributes(header)).toEqual(expected)
    const cell = '<table><tr><td colwidth="80,90" colspan="2">格</td></tr></table>'
    expect(firstCellAttributes(cell)).toMatchObject({ colwidth: [80, 90] })
  })

  it.each([
    ['100000000', '1', { colspan: 64, rowspan: 1 }],
    ['abc', '-3', { colspan: 1, rowspan: 1 }],
    ['2.9', '99999999', { colspan: 2, rowspan: 65534 }],
    ['', 'NaN', { colspan: 1, rowspan: 1 }],
  ])('clamps colspan=%j rowspan=%j to whole numbers in bounds', (colspan, rowspan, expected) => {
    const html = `<table><tr><td colspan="${colspan}" rowspan="${rowspan}">格</td></tr></table>`
    expect(firstCellAttributes(html)).toMatchObject(expected)
  })

  it.each(['1,abc', '-5', '99999999', ''])('drops a column width of %j', (colwidth) => {
    const html = `<table><tr><td colwidth="${colwidth}">格</td></tr></table>`
    expect(firstCellAttributes(html)).toMatchObject({ colwidth: null })
  })

  it('keeps only the number of a width carrying CSS', () => {
    const html = '<table><tr><td colwidth="1px;position:fixed">格</td></tr></table>'
    expect(firstCellAttributes(html)).toMatchObject({ colwidth: [1] })
  })
})
