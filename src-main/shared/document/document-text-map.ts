import type { ChartAttributes } from '../charts/chart-attributes-schema'
import { chartAttributesOf } from '../charts/chart-node'
import type { DocumentNode } from './document-json'
import type { MetricAttributes } from './metric-node'
import { metricAttributesOf } from './metric-node'
import type { NodeName } from './node-names'
import { textAttribute } from './text-attribute'

/** Renders figures for plain text; callers bind it to the report's values. */
export type FigureRenderer = (attributes: MetricAttributes) => string

/**
 * A piece of a document's plain text. `start`/`end` are offsets in the plain text; `position` is
 * the ProseMirror position of the piece's first character (text) or of the node itself (atoms).
 */
export type TextPiece =
  | { kind: 'text'; start: number; end: number; position: number; path: number[] }
  | { kind: 'figure'; start: number; end: number; position: number; attributes: MetricAttributes }
  | { kind: 'atom'; start: number; end: number; position: number }
  | { kind: 'chart'; start: number; end: number; position: number; attributes: ChartAttributes }

/** A document's plain text and where each piece of it sits in the document. */
export interface DocumentTextMap {
  text: string
  pieces: TextPiece[]
}

/** What joins the children of a node in plain text: block containers use lines, rows tabs. */
const childSeparators: Record<NodeName, string> = {
  doc: '\n',
  paragraph: '',
  heading: '',
  blockquote: '\n',
  bulletList: '\n',
  orderedList: '\n',
  listItem: '\n',
  table: '\n',
  tableRow: '\t',
  tableCell: ' ',
  tableHeader: ' ',
  text: '',
  hardBreak: '',
  metric: '',
  reportImage: '',
  chart: '',
}

/** The text of leaf nodes other than text and figures. */
const atomTexts: Partial<Record<NodeName, (node: DocumentNode) => string>> = {
  hardBreak: () => '\n',
  reportImage: (node) => textAttribute(node.attrs, 'caption'),
  chart: (node) => textAttribute(node.attrs, 'caption'),
}

/** The placeholder a figure takes in anchor text: one character, whatever its value. */
export const figureAnchor = '\uFFFC'

/**
 * Walks a document in reading order and records its plain text piece by piece: block nodes are
 * lines, inline nodes their text, figures as `renderFigure` writes them (one U+FFFC by default,
 * so offsets stay put while values change).
 */
export function documentTextMap(
  doc: DocumentNode,
  renderFigure: FigureRenderer = () => figureAnchor,
): DocumentTextMap {
  const pieces: TextPiece[] = []
  let text = ''
  /** Records a node's text and returns its ProseMirror size (see nodeSize). */
  const visit = (node: DocumentNode, position: number, path: number[]): number => {
    const type = node.type as NodeName
    if (type === 'text') {
      const value = node.text ?? ''
      pieces.push({
        kind: 'text',
        start: text.length,
        end: text.length + value.length,
        position,
        path,
      })
      text += value
      return value.length
    }
    if (type === 'metric') {
      const attributes = metricAttributesOf(node.attrs)
      const value = renderFigure(attributes)
      pieces.push({
        kind: 'figure',
        start: text.length,
        end: text.length + value.length,
        position,
        attributes,
      })
      text += value
      return 1
    }
    const atomText = atomTexts[type]
    if (atomText) {
      const value = atomText(node)
      const span = { start: text.length, end: text.length + value.length, position }
      pieces.push(
        type === 'chart'
          ? { kind: 'chart', ...span, attributes: chartAttributesOf(node.attrs) }
          : { kind: 'atom', ...span },
      )
      text += value
      return 1
    }
    const separator = childSeparators[type] ?? ''
    const contentStart = type === 'doc' ? 0 : position + 1
    let childPosition = contentStart
    const children = node.content ?? []
    for (let index = 0; index < children.length; index++) {
      if (index > 0) {
        text += separator
      }
      childPosition += visit(children[index]!, childPosition, [...path, index])
    }
    return childPosition - contentStart + 2
  }
  visit(doc, 0, [])
  return { text, pieces }
}

/** ProseMirror's size of a node: text length, 1 for leaves, content + 2 for the rest. */
export function nodeSize(node: DocumentNode): number {
  if (node.type === 'text') {
    return (node.text ?? '').length
  }
  if (node.type === 'metric' || atomTexts[node.type as NodeName]) {
    return 1
  }
  return (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0) + 2
}

/** The ProseMirror position of a plain-text offset (atoms and figures map to their node). */
export function positionOfOffset(map: DocumentTextMap, offset: number): number {
  const piece =
    map.pieces.find((candidate) => offset >= candidate.start && offset < candidate.end) ??
    [...map.pieces].reverse().find((candidate) => candidate.end <= offset)
  if (!piece) {
    return 1
  }
  if (piece.kind === 'text') {
    return piece.position + Math.min(offset, piece.end) - piece.start
  }
  return offset >= piece.end ? piece.position + 1 : piece.position
}

/**
 * Converts an offset between two maps of the same document (for example anchor text, with one
 * character per figure, and the text with figures rendered).
 */
export function convertOffset(from: DocumentTextMap, to: DocumentTextMap, offset: number): number {
  for (let index = 0; index < from.pieces.length; index++) {
    const piece = from.pieces[index]!
    const target = to.pieces[index]!
    if (offset < piece.start) {
      return target.start - (piece.start - offset)
    }
    if (offset <= piece.end) {
      return piece.kind === 'text'
        ? target.start + offset - piece.start
        : offset === piece.start
          ? target.start
          : target.end
    }
  }
  const last = from.pieces.at(-1)
  const lastTarget = to.pieces.at(-1)
  return last && lastTarget ? lastTarget.end + offset - last.end : offset
}
