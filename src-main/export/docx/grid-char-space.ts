/**
 * The w:docGrid charSpace that fits `charsPerLine` characters of `normalSizePt` into a text block
 * `textWidthMm` wide. Word adds charSpace/4096 pt to the Normal style's character width, so
 * charSpace = (pitch − size) × 4096 with pitch = width ÷ chars. For 公文: 156 mm = 442.20 pt,
 * ÷ 28 = 15.793 pt per character, 0.207 pt narrower than 16 pt 3号, × 4096 ≈ −848. The Normal style
 * must carry `normalSizePt` itself: LibreOffice takes the grid's base from it, not docDefaults.
 */
export function gridCharSpace(
  textWidthMm: number,
  charsPerLine: number,
  normalSizePt: number,
): number {
  const widthPt = (textWidthMm / 25.4) * 72
  return Math.round((widthPt / charsPerLine - normalSizePt) * 4096)
}
