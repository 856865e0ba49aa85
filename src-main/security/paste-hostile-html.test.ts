// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { documentSchemaInput } from '../contract/document-json-schema'
import type { DocumentNode } from '../shared/document/document-json'
import { documentExtensions } from '../shared/document/document-extensions'
import { maxCellSpans } from '../shared/document/max-cell-spans'
import { markNames, nodeNames } from '../shared/document/node-names'
import { validateDocument } from '../shared/document/validate-document'
import { hostileHtml } from './hostile-html'
import { hostileHtmlFragments } from './hostile-html-fragments'
import { textAttribute } from '../shared/document/text-attribute'

const startDocument = '<p>原有正文。</p>'
const forbiddenElements = [
  'script, style, iframe, object, embed, svg, math, form, input, button',
  'base, meta, link, template, video, audio, source',
].join(', ')
const scriptUrl = /^(javascript|vbscript|data|file):/i
const tableWidthStyle = /^(min-)?width: \d+px;?$/

declare global {
  interface Window {
    __pwned?: unknown
  }
}

/** Pastes HTML at the end of a one-paragraph section through ProseMirror's own paste path. */
function paste(html: string): { doc: DocumentNode; rendered: string } {
  const editor = new Editor({ extensions: documentExtensions, content: startDocument })
  try {
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    // jsdom has no ClipboardEvent; the paste path only passes the event on to plugins.
    editor.view.pasteHTML(html, new Event('paste') as ClipboardEvent)
    return { doc: editor.getJSON() as DocumentNode, rendered: editor.getHTML() }
  } finally {
    editor.destroy()
  }
}

const isCount = (value: unknown, max: number) =>
  Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= max
const isId = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0

function finiteNumbersOnly(value: unknown): boolean {
  if (typeof value === 'number') {
    return Number.isFinite(value)
  }
  if (Array.isArray(value)) {
    return value.every(finiteNumbersOnly)
  }
  if (value && typeof value === 'object') {
    return Object.values(value).every(finiteNumbersOnly)
  }
  return true
}

/** What is wrong with one node's own type and attributes, as readable lines. */
function nodeProblems(node: DocumentNode): string[] {
  const problems: string[] = []
  const attrs = node.attrs ?? {}
  if (!(nodeNames as readonly string[]).includes(node.type)) {
    problems.push(`unknown node ${node.type}`)
  }
  if (!finiteNumbersOnly(attrs)) {
    problems.push(`${node.type} has a non-finite number in ${JSON.stringify(attrs)}`)
  }
  if (node.type === 'heading' && ![1, 2, 3].includes(attrs.level as number)) {
    problems.push(`heading level ${String(attrs.level)}`)
  }
  if (node.type === 'tableCell' || node.type === 'tableHeader') {
    const { colspan, rowspan, colwidth } = attrs
    if (!isCount(colspan, maxCellSpans.colspan) || !isCount(rowspan, maxCellSpans.rowspan)) {
      problems.push(`${node.type} spans ${String(colspan)}×${String(rowspan)}`)
    }
    const widthsOk =
      Array.isArray(colwidth) && colwidth.every((width) => width === null || isCount(width, 5000))
    if (colwidth !== null && !widthsOk) {
      problems.push(`${node.type} colwidth ${JSON.stringify(colwidth)}`)
    }
  }
  if (node.type === 'metric' && !isId(attrs.seriesId)) {
    problems.push(`metric seriesId ${String(attrs.seriesId)}`)
  }
  if (node.type === 'reportImage' && !isId(attrs.assetId)) {
    problems.push(`reportImage assetId ${String(attrs.assetId)}`)
  }
  for (const mark of node.marks ?? []) {
    if (!(markNames as readonly string[]).includes(mark.type)) {
      problems.push(`unknown mark ${mark.type}`)
    }
    if (
      mark.attrs?.href !== undefined &&
      mark.attrs.href !== null &&
      typeof mark.attrs.href !== 'string'
    ) {
      problems.push(`link whose href is no text: ${JSON.stringify(mark.attrs.href)}`)
    }
    const href = textAttribute(mark.attrs, 'href').replace(/[\u0000-\u0020\u00a0\u3000]/g, '')
    if (mark.type === 'link' && scriptUrl.test(href)) {
      problems.push(`link to ${href}`)
    }
  }
  return problems
}

/** Everything wrong with a pasted document: its nodes, its schema check, and its rendered HTML. */
function documentProblems(doc: DocumentNode, rendered: string): string[] {
  const problems: string[] = []
  const visit = (node: DocumentNode) => {
    problems.push(...nodeProblems(node))
    node.content?.forEach(visit)
  }
  visit(doc)
  try {
    validateDocument(doc)
  } catch (error) {
    problems.push(`schema: ${(error as Error).message}`)
  }
  if (!documentSchemaInput.safeParse(JSON.parse(JSON.stringify(doc))).success) {
    problems.push('refused by the sections.save contract')
  }
  const page = new DOMParser().parseFromString(`<body>${rendered}</body>`, 'text/html')
  for (const element of page.body.querySelectorAll(forbiddenElements)) {
    problems.push(`rendered <${element.localName}>`)
  }
  for (const element of page.body.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) {
        problems.push(`rendered ${attribute.name} on <${element.localName}>`)
      }
      const isUrl = ['href', 'src', 'action', 'formaction', 'cite'].includes(attribute.name)
      if (isUrl && scriptUrl.test(attribute.value.trim())) {
        problems.push(`rendered ${attribute.name}="${attribute.value}"`)
      }
      const isTableWidth =
        ['table', 'col'].includes(element.localName) && tableWidthStyle.test(attribute.value)
      if (attribute.name === 'style' && !isTableWidth) {
        problems.push(`rendered style="${attribute.value}" on <${element.localName}>`)
      }
    }
  }
  return problems
}

afterEach(() => {
  delete window.__pwned
})

describe('pasting hostile HTML into the one document schema', () => {
  it('keeps the text of every fragment pasted at once, and nothing hostile', () => {
    const started = performance.now()
    const { doc, rendered } = paste(hostileHtmlFragments.join(''))
    expect(performance.now() - started).toBeLessThan(2000)
    expect(documentProblems(doc, rendered)).toEqual([])
    const json = JSON.stringify(doc)
    const landed = [
      '原有正文。',
      '脚本之后的文字',
      '正常链接',
      '整页遮罩段落',
      '巨大单元格',
      '引领句。',
    ]
    for (const text of [...landed, '含数字3598万吨']) {
      expect(json).toContain(text)
    }
    expect(json).toContain('"href":"https://example.com/ok"')
    expect(window.__pwned).toBeUndefined()
  })

  it('turns any random mix of hostile fragments into a valid, inert document', () => {
    fc.assert(
      fc.property(hostileHtml(), (html) => {
        const { doc, rendered } = paste(html)
        expect(documentProblems(doc, rendered)).toEqual([])
        expect(JSON.stringify(doc)).toContain('原有正文。')
        expect(window.__pwned).toBeUndefined()
      }),
      { numRuns: 60 },
    )
  })

  it('would notice a problem: a script link set by hand is reported', () => {
    const link = { type: 'link', attrs: { href: ' javascript:alert(1)' } }
    const doc: DocumentNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '链接', marks: [link] }] }],
    }
    expect(documentProblems(doc, '<p style="color:red" onclick="x">链接</p>')).toEqual([
      'link to javascript:alert(1)',
      'rendered style="color:red" on <p>',
      'rendered onclick on <p>',
    ])
  })
})
