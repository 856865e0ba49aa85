import type { Attributes } from '@tiptap/core'
import { maxCellSpans } from './max-cell-spans'

const maxColumnWidth = 5000

function readSpan(raw: string | null, max: number): number {
  const span = Number.parseInt(raw ?? '', 10)
  return Number.isFinite(span) ? Math.min(Math.max(span, 1), max) : 1
}

/** The column widths of a cell, from its colwidth attribute or its table's `<col width>`. */
function readColumnWidths(cell: HTMLElement): number[] | null {
  let raw = cell.getAttribute('colwidth')
  if (raw === null) {
    const index = Array.from(cell.parentElement?.children ?? []).indexOf(cell)
    const column = cell.closest('table')?.querySelectorAll('colgroup > col')[index]
    raw = column?.getAttribute('width') ?? null
  }
  const widths = (raw ?? '').split(',').map((width) => Number.parseInt(width, 10))
  const valid = widths.every(
    (width) => Number.isInteger(width) && width >= 1 && width <= maxColumnWidth,
  )
  return raw !== null && valid && widths.length <= maxCellSpans.colspan ? widths : null
}

/**
 * colspan, rowspan and colwidth of table cells and header cells, read from HTML (a paste) as
 * whole numbers within `maxCellSpans` and sane widths, never as the raw attribute text.
 */
export function tableCellAttributes(): Attributes {
  return {
    colspan: {
      default: 1,
      parseHTML: (element) => readSpan(element.getAttribute('colspan'), maxCellSpans.colspan),
    },
    rowspan: {
      default: 1,
      parseHTML: (element) => readSpan(element.getAttribute('rowspan'), maxCellSpans.rowspan),
    },
    colwidth: { default: null, parseHTML: readColumnWidths },
  }
}
