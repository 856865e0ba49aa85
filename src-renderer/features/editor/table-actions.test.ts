// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { CellSelection } from '@tiptap/pm/tables'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentNode } from '../../../src-main/shared/document/document-json'
import { documentExtensions } from '../../../src-main/shared/document/document-extensions'
import type { TableAction } from './table-actions'
import { canRunTableAction, runTableAction, tableActions } from './table-actions'

const cell = (text: string, type = 'tableCell'): DocumentNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const row = (...texts: string[]): DocumentNode => ({
  type: 'tableRow',
  content: texts.map((text) => cell(text)),
})
const start: DocumentNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '表前' }] },
    { type: 'table', content: [row('指标', '2025年'), row('原煤', '3598'), row('洗煤', '2154')] },
    { type: 'paragraph', content: [{ type: 'text', text: '表后' }] },
  ],
}

let editor: Editor
afterEach(() => editor.destroy())

function action(key: TableAction['key']): TableAction {
  return tableActions.find((item) => item.key === key)!
}

/** The table's cells as text, row by row. */
function grid(): string[][] {
  const table = (editor.getJSON() as DocumentNode).content?.find((node) => node.type === 'table')
  return (table?.content ?? []).map((tableRow) =>
    (tableRow.content ?? []).map((tableCell) =>
      (tableCell.content ?? [])
        .flatMap((paragraph) => paragraph.content ?? [])
        .map((text) => text.text)
        .join(''),
    ),
  )
}

/** Puts the caret into the text `text` (inside its table cell). */
function caretIn(text: string): void {
  let found = -1
  editor.state.doc.descendants((node, position) => {
    if (found < 0 && node.isText && node.text === text) {
      found = position + 1
    }
  })
  editor.commands.setTextSelection(found)
}

/** The position of the cell holding `text`, for a CellSelection. */
function cellPosition(text: string): number {
  let found = -1
  editor.state.doc.descendants((node, position) => {
    if (found < 0 && node.type.name === 'tableCell' && node.textContent === text) {
      found = position
    }
  })
  return found
}

describe('table actions', () => {
  it('are offered only inside a table; merging needs several selected cells', () => {
    editor = new Editor({ extensions: documentExtensions, content: start })
    caretIn('表前')
    expect(tableActions.filter((item) => canRunTableAction(editor, item))).toEqual([])
    caretIn('原煤')
    expect(
      tableActions.filter((item) => canRunTableAction(editor, item)).map((item) => item.key),
    ).toEqual([
      'addRowBefore',
      'addRowAfter',
      'deleteRow',
      'addColumnBefore',
      'addColumnAfter',
      'deleteColumn',
      'deleteTable',
    ])
  })

  it('insert and delete rows and columns where the caret is', () => {
    editor = new Editor({ extensions: documentExtensions, content: start })
    caretIn('原煤')
    expect(runTableAction(editor, action('deleteRow'))).toBe(true)
    expect(grid()).toEqual([
      ['指标', '2025年'],
      ['洗煤', '2154'],
    ])
    caretIn('洗煤')
    runTableAction(editor, action('addRowBefore'))
    runTableAction(editor, action('addColumnAfter'))
    expect(grid()).toEqual([
      ['指标', '', '2025年'],
      ['', '', ''],
      ['洗煤', '', '2154'],
    ])
    caretIn('2154')
    runTableAction(editor, action('deleteColumn'))
    expect(grid()).toEqual([
      ['指标', ''],
      ['', ''],
      ['洗煤', ''],
    ])
  })

  it('merge selected cells into one and split it again', () => {
    editor = new Editor({ extensions: documentExtensions, content: start })
    const { state } = editor
    editor.view.dispatch(
      state.tr.setSelection(
        CellSelection.create(state.doc, cellPosition('原煤'), cellPosition('3598')),
      ),
    )
    expect(canRunTableAction(editor, action('mergeCells'))).toBe(true)
    runTableAction(editor, action('mergeCells'))
    const merged = (editor.getJSON() as DocumentNode).content![1].content![1].content!
    expect(merged).toHaveLength(1)
    expect(merged[0].attrs).toMatchObject({ colspan: 2, rowspan: 1 })
    expect(grid()[1]).toEqual(['原煤3598'])

    caretIn('原煤')
    expect(canRunTableAction(editor, action('splitCell'))).toBe(true)
    runTableAction(editor, action('splitCell'))
    expect(grid()[1]).toEqual(['原煤3598', ''])
  })

  it('delete the table and leave the text around it', () => {
    editor = new Editor({ extensions: documentExtensions, content: start })
    caretIn('3598')
    runTableAction(editor, action('deleteTable'))
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '表前' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '表后' }] },
      ],
    })
  })
})
