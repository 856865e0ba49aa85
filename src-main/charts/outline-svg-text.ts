import type { Font } from 'fontkit'
import type { ChartFonts } from './chart-fonts'
import { advanceOf, readCssFont } from './measure-chart-text'

const textElement = /<text\b([^>]*)>([\s\S]*?)<\/text>/g
const attribute = /([\w:-]+)="([^"]*)"/g
/** Attributes that only say how to set text: they go once the text is outlines. */
const textOnly = new Set([
  'x',
  'y',
  'dx',
  'dy',
  'text-anchor',
  'dominant-baseline',
  'style',
  'xml:space',
])

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeText(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    }
    if (name.startsWith('#')) {
      return String.fromCodePoint(Number(name.slice(1)))
    }
    return entities[name] ?? whole
  })
}

type Command = { command: string; args: number[] }
const outlines = new WeakMap<Font, Map<number, Command[]>>()

function outlineOf(font: Font, codePoint: number): Command[] {
  let cache = outlines.get(font)
  if (!cache) {
    cache = new Map()
    outlines.set(font, cache)
  }
  let commands = cache.get(codePoint)
  if (!commands) {
    commands = font.hasGlyphForCodePoint(codePoint)
      ? (font.glyphForCodePoint(codePoint).path.commands as Command[])
      : []
    cache.set(codePoint, commands)
  }
  return commands
}

const letters: Record<string, string> = {
  moveTo: 'M',
  lineTo: 'L',
  quadraticCurveTo: 'Q',
  bezierCurveTo: 'C',
  closePath: 'Z',
}

/** Where the alphabetic baseline sits below `y` for each dominant-baseline, in em. */
function baselineShift(font: Font, baseline: string | undefined): number {
  const os2 = (font as unknown as { 'OS/2'?: { typoAscender: number; typoDescender: number } })[
    'OS/2'
  ]
  const ascender = (os2?.typoAscender ?? font.ascent) / font.unitsPerEm
  const descender = (os2?.typoDescender ?? font.descent) / font.unitsPerEm
  switch (baseline) {
    case 'central':
    case 'middle':
      return (ascender + descender) / 2
    case 'hanging':
    case 'text-before-edge':
      return ascender
    case 'text-after-edge':
    case 'ideographic':
      return descender
    default:
      return 0
  }
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** The outlines of a run of text as path data, its pen starting at `x` on baseline `y`. */
function runPath(font: Font, text: string, x: number, y: number, size: number): string {
  const scale = size / font.unitsPerEm
  const parts: string[] = []
  let pen = x
  for (const character of text) {
    const codePoint = character.codePointAt(0)!
    for (const { command, args } of outlineOf(font, codePoint)) {
      const points: string[] = []
      for (let index = 0; index + 1 < args.length; index += 2) {
        points.push(`${round(pen + args[index] * scale)} ${round(y - args[index + 1] * scale)}`)
      }
      parts.push(`${letters[command] ?? ''}${points.join(' ')}`)
    }
    pen += advanceOf(font, codePoint) * size
  }
  return parts.join('')
}

function runWidth(font: Font, text: string, size: number): number {
  let width = 0
  for (const character of text) {
    width += advanceOf(font, character.codePointAt(0)!)
  }
  return width * size
}

/**
 * The SVG with every <text> replaced by the outlines of its glyphs, taken from the machine's
 * CJK face (the one that measured it): resvg then draws the words without loading fonts, which
 * costs it some 20 ms for each piece of text in a CJK font. Colour, stroke and transform stay.
 */
export function outlineSvgText(svg: string, fonts: ChartFonts): string {
  return svg.replace(textElement, (_whole, rawAttributes: string, content: string) => {
    const attributes = new Map<string, string>()
    for (const [, name, value] of rawAttributes.matchAll(attribute)) {
      attributes.set(name!, value!)
    }
    const style = attributes.get('style') ?? ''
    const fontSize = /font-size:\s*([\d.]+)px/.exec(style)?.[1] ?? '12'
    const weight = /font-weight:\s*(\w+)/.exec(style)?.[1] ?? ''
    const { size, bold } = readCssFont(`${weight} ${fontSize}px`)
    const font = bold ? fonts.bold : fonts.regular
    const text = decodeText(content)
    const width = runWidth(font, text, size)
    const anchor = attributes.get('text-anchor')
    const x =
      Number(attributes.get('x') ?? 0) -
      (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0)
    const y =
      Number(attributes.get('y') ?? 0) +
      baselineShift(font, attributes.get('dominant-baseline')) * size
    const kept = [...attributes]
      .filter(([name]) => !textOnly.has(name))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('')
    return `<path d="${runPath(font, text, x, y, size)}"${kept}></path>`
  })
}
