/** A stretch of text, set as a subscript or superscript when the source wrote it as one. */
export interface ScriptedPiece {
  text: string
  script?: 'sub' | 'super'
}

const scriptNotation = /([_^])\{([^{}\n]{1,12})\}/gu

/**
 * Splits the plain-text notation the sources use for scripts, "PM_{2.5}" and "m^{2}", into
 * pieces: ["PM", "2.5" as a subscript]. Text without the notation comes back as one piece.
 */
export function scriptedText(text: string): ScriptedPiece[] {
  if (!text.includes('{')) {
    return [{ text }]
  }
  const pieces: ScriptedPiece[] = []
  let last = 0
  for (const match of text.matchAll(scriptNotation)) {
    if (match.index > last) {
      pieces.push({ text: text.slice(last, match.index) })
    }
    pieces.push({ text: match[2], script: match[1] === '_' ? 'sub' : 'super' })
    last = match.index + match[0].length
  }
  if (last < text.length) {
    pieces.push({ text: text.slice(last) })
  }
  return pieces
}
