import type { DocumentNode } from '../../shared/document/document-json'
import type { DocxLine } from './read-docx-paragraph'
import { attributeOf, childElements, firstChild, isElement, onOffValue } from './docx-xml'

interface RawCell {
  column: number
  span: number
  merge: 'restart' | 'continue' | undefined
  lines: DocxLine[]
}

interface RawRow {
  cells: RawCell[]
  before: number
  after: number
  repeatsAsHeader: boolean
}

/**
 * Turns a `w:tbl` into the editor's table JSON (table > tableRow > tableCell > paragraph), text
 * only, one paragraph per line `readCell` gives. `gridSpan` becomes `colspan` and a vertical merge
 * (`vMerge`) a `rowspan`, with the merged-away cells left out as ProseMirror tables expect; rows
 * that skip grid columns (`gridBefore`, `gridAfter`, short rows) are padded with empty cells so
 * every row covers the same columns. The first row is a header row when Word repeats it as one
 * (`tblHeader`) or when, in a table of several rows, all its text is bold. Undefined for a table
 * without rows.
 */
export function readDocxTable(
  table: Element,
  readCell: (cell: Element) => DocxLine[],
): DocumentNode | undefined {
  const rows = tableRows(table).map((row) => readRow(row, readCell))
  if (rows.length === 0) {
    return undefined
  }
  const width = Math.max(...rows.map(rowWidth))
  const firstRowIsHeader = rows[0].repeatsAsHeader || (rows.length > 1 && isAllBold(rows[0].cells))
  // Merges still open from the row above, by grid column; a row that does not continue one ends it.
  let openMerges = new Map<number, DocumentNode>()
  const content = rows.map((row, rowIndex) => {
    const cellType = rowIndex === 0 && firstRowIsHeader ? 'tableHeader' : 'tableCell'
    const cells: DocumentNode[] = []
    const stillOpen = new Map<number, DocumentNode>()
    if (row.before > 0) {
      cells.push(cellNode(cellType, row.before, []))
    }
    for (const cell of row.cells) {
      const merged = cell.merge === 'continue' ? openMerges.get(cell.column) : undefined
      if (merged?.attrs) {
        merged.attrs.rowspan = Number(merged.attrs.rowspan) + 1
        stillOpen.set(cell.column, merged)
        continue
      }
      const node = cellNode(cellType, cell.span, cell.lines)
      cells.push(node)
      if (cell.merge === 'restart') {
        stillOpen.set(cell.column, node)
      }
    }
    openMerges = stillOpen
    const missing = width - (rowWidth(row) - row.after)
    if (missing > 0) {
      cells.push(cellNode(cellType, missing, []))
    }
    return { type: 'tableRow', content: cells }
  })
  return { type: 'table', content }
}

/** The rows of a table, also those inside content controls and custom XML. */
function tableRows(table: Element): Element[] {
  return childElements(table).flatMap((child) => {
    if (isElement(child, 'word', 'tr')) {
      return [child]
    }
    const content = wrapperContent(child)
    return content ? tableRows(content) : []
  })
}

function rowCells(row: Element): Element[] {
  return childElements(row).flatMap((child) => {
    if (isElement(child, 'word', 'tc')) {
      return [child]
    }
    const content = wrapperContent(child)
    return content ? rowCells(content) : []
  })
}

function wrapperContent(element: Element): Element | undefined {
  if (isElement(element, 'word', 'sdt')) {
    return firstChild(element, 'sdtContent')
  }
  return isElement(element, 'word', 'customXml') ? element : undefined
}

function readRow(row: Element, readCell: (cell: Element) => DocxLine[]): RawRow {
  const properties = firstChild(row, 'trPr')
  const before = positiveInteger(attributeOf(firstChild(properties, 'gridBefore')), 0)
  const after = positiveInteger(attributeOf(firstChild(properties, 'gridAfter')), 0)
  let column = before
  const cells = rowCells(row).map((cell) => {
    const cellProperties = firstChild(cell, 'tcPr')
    const span = positiveInteger(attributeOf(firstChild(cellProperties, 'gridSpan')), 1)
    const vMerge = firstChild(cellProperties, 'vMerge')
    const merge = vMerge && (attributeOf(vMerge) === 'restart' ? 'restart' : 'continue')
    const raw: RawCell = { column, span, merge, lines: readCell(cell) }
    column += span
    return raw
  })
  const repeatsAsHeader = onOffValue(firstChild(properties, 'tblHeader')) === true
  return { cells, before, after, repeatsAsHeader }
}

function rowWidth(row: RawRow): number {
  return row.before + row.cells.reduce((sum, cell) => sum + cell.span, 0) + row.after
}

function isAllBold(cells: RawCell[]): boolean {
  const lines = cells.flatMap((cell) => cell.lines)
  return lines.length > 0 && lines.every((line) => line.hints.bold === true)
}

function cellNode(type: string, colspan: number, lines: DocxLine[]): DocumentNode {
  const paragraphs = lines.map((line) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: line.text }],
  }))
  return {
    type,
    attrs: { colspan, rowspan: 1, colwidth: null },
    content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }],
  }
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? Math.min(number, 64) : fallback
}

/** The only cell of a one-row, one-cell table (a frame around text), or undefined. */
export function soleCell(table: Element): Element | undefined {
  const rows = tableRows(table)
  const cells = rows.length === 1 ? rowCells(rows[0]) : []
  return cells.length === 1 ? cells[0] : undefined
}
