import type { DocumentNode } from '../../shared/document/document-json'

const maxSpan = 64
const maxCellLength = 300

/**
 * Converts a data table into a Tiptap `table` node (tableRow > tableCell/tableHeader > paragraph,
 * text only; `<th>` becomes a header cell, colspan/rowspan kept). `readCell` gives a cell's
 * paragraphs. A table used for layout (one row or one column, or a cell holding a picture, a
 * nested table or long text) gives undefined: the caller reads its cells as ordinary content.
 */
export function readHtmlTable(
  table: HTMLTableElement,
  readCell: (cell: Element) => string[],
): DocumentNode | undefined {
  const rows = Array.from(table.rows).filter((row) => row.cells.length > 0)
  if (isLayoutTable(rows)) {
    return undefined
  }
  return {
    type: 'table',
    content: rows.map((row) => ({
      type: 'tableRow',
      content: Array.from(row.cells).map((cell) => readTableCell(cell, readCell)),
    })),
  }
}

function isLayoutTable(rows: HTMLTableRowElement[]): boolean {
  const columns = Math.max(0, ...rows.map((row) => row.cells.length))
  if (rows.length < 2 || columns < 2) {
    return true
  }
  return rows.some((row) =>
    Array.from(row.cells).some(
      (cell) =>
        cell.querySelector('img, table') !== null ||
        (cell.textContent ?? '').trim().length > maxCellLength,
    ),
  )
}

function readTableCell(
  cell: HTMLTableCellElement,
  readCell: (cell: Element) => string[],
): DocumentNode {
  const paragraphs: DocumentNode[] = readCell(cell).map((text) => ({
    type: 'paragraph',
    content: [{ type: 'text', text }],
  }))
  const node: DocumentNode = {
    type: cell.localName === 'th' ? 'tableHeader' : 'tableCell',
    content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }],
  }
  const colspan = readSpan(cell.getAttribute('colspan'))
  const rowspan = readSpan(cell.getAttribute('rowspan'))
  if (colspan > 1 || rowspan > 1) {
    node.attrs = { colspan, rowspan }
  }
  return node
}

function readSpan(value: string | null): number {
  const span = Number.parseInt(value ?? '', 10)
  return Number.isFinite(span) ? Math.min(Math.max(span, 1), maxSpan) : 1
}
