import type { RunFormat } from './docx-render-context'

/** A stretch of a paragraph's text in one format, before adjacent stretches are merged into runs. */
export interface RunPiece {
  format: RunFormat
  text?: string
  break?: number
  highlight?: boolean
  script?: 'sub' | 'super'
}

function sameRunFormat(a: RunPiece, b: RunPiece): boolean {
  return (
    a.break === undefined &&
    b.break === undefined &&
    Boolean(a.highlight) === Boolean(b.highlight) &&
    a.script === b.script &&
    Boolean(a.format.bold) === Boolean(b.format.bold) &&
    Boolean(a.format.italics) === Boolean(b.format.italics) &&
    a.format.characterRole === b.format.characterRole &&
    a.format.link === b.format.link
  )
}

/**
 * Joins adjacent pieces that would be set alike, so a figure and the text around it make one run:
 * a report's thousands of figures would otherwise triple its runs (and the export's time).
 */
export function mergeRunPieces(pieces: RunPiece[]): RunPiece[] {
  const merged: RunPiece[] = []
  for (const piece of pieces) {
    const last = merged[merged.length - 1]
    if (last && sameRunFormat(last, piece)) {
      merged[merged.length - 1] = { ...last, text: (last.text ?? '') + (piece.text ?? '') }
    } else {
      merged.push(piece)
    }
  }
  return merged
}
