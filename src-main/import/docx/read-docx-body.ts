import type { DocumentNode } from '../../shared/document/document-json'
import type { DocxLine, DocxPicture, ParagraphReadingContext } from './read-docx-paragraph'
import { readDocxParagraph } from './read-docx-paragraph'
import { readDocxTable, soleCell } from './read-docx-table'
import { alternateContent, childElements, inNamespace, isElement } from './docx-xml'

/** A table already converted to the editor's JSON. */
export interface DocxTable {
  kind: 'table'
  node: DocumentNode
}

export type DocxBodyPiece = DocxLine | DocxPicture | DocxTable

/** Block-level wrappers whose children are read in place: custom XML and inserted blocks. */
const blockWrappers = new Set(['customXml', 'ins', 'moveTo'])

/**
 * Reads a document body (or any block container) in reading order: paragraphs as lines and
 * pictures, tables as table JSON. Content controls (`w:sdt`), custom XML and inserted blocks are
 * read in place; deleted and moved-away blocks are not. A text box's paragraphs (`w:txbxContent`)
 * are read right after the paragraph it is anchored in, so its text is kept rather than lost. A
 * table of one cell is a frame around text, so its content is read as body blocks.
 */
export function readDocxBody(
  container: Element,
  context: ParagraphReadingContext,
): DocxBodyPiece[] {
  const pieces: DocxBodyPiece[] = []
  forEachBlock(container, (block) => {
    if (isElement(block, 'word', 'p')) {
      const paragraph = readDocxParagraph(block, context)
      countLines(paragraph.pieces, context)
      pieces.push(...paragraph.pieces)
      for (const textBox of paragraph.textBoxes) {
        pieces.push(...readDocxBody(textBox, context))
      }
      return
    }
    const cell = soleCell(block)
    if (cell) {
      pieces.push(...readDocxBody(cell, context))
      return
    }
    const node = readDocxTable(block, (tableCell) => readCellLines(tableCell, context))
    if (node) {
      pieces.push({ kind: 'table', node })
    }
  })
  return pieces
}

/** Calls `visit` with each `w:p` and `w:tbl` of a container, unwrapping wrappers. */
function forEachBlock(container: Element, visit: (block: Element) => void) {
  for (const child of childElements(container)) {
    if (isElement(child, 'markupCompatibility', 'AlternateContent')) {
      for (const branchChild of alternateContent(child)) {
        visitBlock(branchChild, visit)
      }
      continue
    }
    visitBlock(child, visit)
  }
}

function visitBlock(element: Element, visit: (block: Element) => void) {
  if (isElement(element, 'word', 'p') || isElement(element, 'word', 'tbl')) {
    visit(element)
  } else if (isElement(element, 'word', 'sdt')) {
    const content = childElements(element).find((child) => isElement(child, 'word', 'sdtContent'))
    if (content) {
      forEachBlock(content, visit)
    }
  } else if (inNamespace(element, 'word') && blockWrappers.has(element.localName)) {
    forEachBlock(element, visit)
  }
}

/** A table cell's text as lines; a table nested in it gives its cells' text, row by row. */
function readCellLines(cell: Element, context: ParagraphReadingContext): DocxLine[] {
  context.budget.tableCell()
  const lines: DocxLine[] = []
  forEachBlock(cell, (block) => {
    if (isElement(block, 'word', 'p')) {
      const paragraph = readDocxParagraph(block, context)
      countLines(paragraph.pieces, context)
      for (const piece of paragraph.pieces) {
        if (piece.kind === 'line') {
          lines.push(piece)
        }
      }
      return
    }
    const nested = readDocxTable(block, (nestedCell) => readCellLines(nestedCell, context))
    lines.push(...textLines(nested))
  })
  return lines
}

function countLines(pieces: (DocxLine | DocxPicture)[], context: ParagraphReadingContext) {
  for (const piece of pieces) {
    if (piece.kind === 'line') {
      context.budget.paragraph(piece.text)
    }
  }
}

function textLines(node: DocumentNode | undefined): DocxLine[] {
  if (!node) {
    return []
  }
  if (node.type === 'text' && node.text) {
    return [{ kind: 'line', text: node.text, hints: {} }]
  }
  return (node.content ?? []).flatMap(textLines)
}
