const twipsPerPoint = 20

/**
 * The character spacing in twips (w:spacing, negative = condensed) that fits `charsPerLine`
 * characters of `sizePt` into a text block `textWidthMm` wide without the document grid, or 0 when
 * they fit as they are. Rounded down to whole twips and one twip more, because LibreOffice rounds
 * glyph widths up: for 公文, 15.793 − 16 pt = −4.1 twips becomes −6 (28 × 15.7 pt = 439.6 ≤ 442.2).
 */
export function gridFitSpacing(textWidthMm: number, charsPerLine: number, sizePt: number): number {
  const pitchPt = ((textWidthMm / 25.4) * 72) / charsPerLine
  if (pitchPt >= sizePt) {
    return 0
  }
  return Math.floor((pitchPt - sizePt) * twipsPerPoint) - 1
}
