import type { Font } from 'fontkit'
import type { ChartFonts } from './chart-fonts'

/** Size and weight of a CSS font shorthand as ECharts writes it ("bold 34px 'Noto Sans CJK SC'"). */
export function readCssFont(font: string): { size: number; bold: boolean } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12)
  return { size, bold: /\b(?:bold|bolder|[6-9]00)\b/.test(font) }
}

const advances = new WeakMap<Font, Map<number, number>>()

/** A character's advance in em (1 for ideographs, about 0.55 for digits). */
export function advanceOf(font: Font, codePoint: number): number {
  let cache = advances.get(font)
  if (!cache) {
    cache = new Map()
    advances.set(font, cache)
  }
  let advance = cache.get(codePoint)
  if (advance === undefined) {
    advance = font.hasGlyphForCodePoint(codePoint)
      ? font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm
      : 0.6
    cache.set(codePoint, advance)
  }
  return advance
}

/**
 * Measures text the way the picture will set it, with the machine's CJK face: ECharts lays out
 * labels with this, so what is drawn fits where it was placed.
 */
export function measureChartText(
  fonts: ChartFonts,
  text: string,
  cssFont: string,
): { width: number } {
  const { size, bold } = readCssFont(cssFont)
  const font = bold ? fonts.bold : fonts.regular
  let width = 0
  for (const character of text) {
    width += advanceOf(font, character.codePointAt(0)!)
  }
  return { width: width * size }
}
