import { diffArrays } from 'diff'
import type { DocumentTextMap } from '../shared/document/document-text-map'
import { figureAnchor } from '../shared/document/document-text-map'
import { extractFigures } from '../shared/extraction/extract-figures'

/** Tokens for aligning two years' anchor texts: numbers whole, a figure one token, else characters. */
const tokenPattern = /\d+(?:[.,]\d+)*|[\s\S]/gu

interface Token {
  text: string
  start: number
}

function tokens(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((match) => ({ text: match[0], start: match.index }))
}

/** A plain number standing where last year's text had a bound figure. */
export interface UnboundFigure {
  /** Offsets in this year's anchor text. */
  start: number
  end: number
  text: string
  /** The series last year's figure was bound to. */
  previousSeriesId: number
}

/**
 * Plain numbers of this year's section that replace a bound figure of last year's counterpart:
 * the two anchor texts are aligned token by token, and a stretch where last year had a figure
 * and this year has a written number (typed over, or turned into text) is reported, with the
 * series last year's figure was bound to.
 */
export function findUnboundFigures(
  thisYear: DocumentTextMap,
  lastYear: DocumentTextMap,
): UnboundFigure[] {
  const before = tokens(lastYear.text)
  const after = tokens(thisYear.text)
  const plain = extractFigures(thisYear.text).filter(
    (figure) => !figure.text.includes(figureAnchor),
  )
  if (plain.length === 0) {
    return []
  }
  const figureAt = new Map<number, number>()
  for (const piece of lastYear.pieces) {
    if (piece.kind === 'figure') {
      figureAt.set(piece.start, piece.attributes.seriesId)
    }
  }
  const found: UnboundFigure[] = []
  let beforeIndex = 0
  let afterIndex = 0
  let removedFigures: number[] = []
  for (const change of diffArrays(
    before.map((token) => token.text),
    after.map((token) => token.text),
  )) {
    const count = change.count ?? change.value.length
    if (change.removed) {
      removedFigures = before
        .slice(beforeIndex, beforeIndex + count)
        .flatMap((token) => (figureAt.has(token.start) ? [figureAt.get(token.start)!] : []))
      beforeIndex += count
      continue
    }
    if (change.added && removedFigures.length > 0) {
      const from = after[afterIndex]?.start ?? thisYear.text.length
      const last = after[afterIndex + count - 1]
      const to = last ? last.start + last.text.length : from
      const inside = plain.filter((figure) => figure.start < to && figure.end > from)
      inside.slice(0, removedFigures.length).forEach((figure, index) => {
        found.push({
          start: figure.start,
          end: figure.end,
          text: figure.text,
          previousSeriesId: removedFigures[index],
        })
      })
    }
    if (!change.removed) {
      removedFigures = []
    }
    if (change.added) {
      afterIndex += count
    } else {
      beforeIndex += count
      afterIndex += count
    }
  }
  return found
}
