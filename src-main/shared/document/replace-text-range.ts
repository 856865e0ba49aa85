import type { DocumentNode } from './document-json'
import type { DocumentTextMap } from './document-text-map'
import { documentTextMap } from './document-text-map'

function nodeAt(doc: DocumentNode, path: number[]): DocumentNode {
  return path.reduce((node, index) => node.content![index]!, doc)
}

function dropEmptyText(node: DocumentNode): DocumentNode {
  if (!node.content) {
    return node
  }
  const content = node.content
    .filter((child) => child.type !== 'text' || (child.text ?? '') !== '')
    .map(dropEmptyText)
  return { ...node, content }
}

/**
 * A copy of `doc` with the plain text in [start, end) replaced (offsets in `map`, which must be
 * the anchor map of `doc`, see `documentTextMap`). The range must cover text only: a range that
 * touches a figure or a block boundary returns undefined, and so does one whose text is not
 * `expected` when that is given.
 */
export function replaceTextRange(
  doc: DocumentNode,
  start: number,
  end: number,
  replacement: string,
  expected?: string,
  map: DocumentTextMap = documentTextMap(doc),
): DocumentNode | undefined {
  if (start > end || (expected !== undefined && map.text.slice(start, end) !== expected)) {
    return undefined
  }
  const touched = map.pieces.filter((piece) => piece.start < end && piece.end > start)
  const covered = touched.reduce(
    (sum, piece) => sum + Math.min(end, piece.end) - Math.max(start, piece.start),
    0,
  )
  const insertion =
    touched[0] ??
    map.pieces.find((piece) => piece.kind === 'text' && piece.start <= start && start <= piece.end)
  if (
    !insertion ||
    insertion.kind !== 'text' ||
    touched.some((piece) => piece.kind !== 'text') ||
    covered !== end - start
  ) {
    return undefined
  }
  const copy = structuredClone(doc)
  ;(touched.length > 0 ? touched : [insertion]).forEach((piece, index) => {
    if (piece.kind !== 'text') {
      return
    }
    const node = nodeAt(copy, piece.path)
    const value = node.text ?? ''
    const from = Math.max(start, piece.start) - piece.start
    const to = Math.min(end, piece.end) - piece.start
    node.text = value.slice(0, from) + (index === 0 ? replacement : '') + value.slice(to)
  })
  return dropEmptyText(copy)
}
