import type { ParagraphHints } from '../source-paragraph'

type TextAlign = NonNullable<ParagraphHints['align']>

/** The formatting an element sets for its text, read from its tag, `style` and `align`. */
export interface InlineStyle {
  bold?: boolean
  fontSizePt?: number
  fontFamily?: string
  align?: TextAlign
}

const alignments: Record<string, TextAlign> = {
  left: 'left',
  start: 'left',
  center: 'center',
  middle: 'center',
  right: 'right',
  end: 'right',
  justify: 'justify',
}

const boldTags = new Set(['b', 'strong'])
const familyName = /^[\p{L}\p{N} _.+-]{1,64}$/u

/**
 * Reads the formatting hints an element declares itself: `<b>`/`<strong>`, `<center>`, the
 * `align` attribute, `<font face>`, and from its inline `style` font-weight, font-size (px or pt;
 * relative sizes are left to the parent), font-family (the first family) and text-align.
 */
export function readInlineStyle(element: Element): InlineStyle {
  const style: InlineStyle = {}
  const tag = element.localName
  if (boldTags.has(tag)) {
    style.bold = true
  }
  if (tag === 'center') {
    style.align = 'center'
  }
  const alignAttribute = alignments[element.getAttribute('align')?.trim().toLowerCase() ?? '']
  if (alignAttribute) {
    style.align = alignAttribute
  }
  const face = tag === 'font' ? firstFamily(element.getAttribute('face') ?? '') : undefined
  if (face) {
    style.fontFamily = face
  }
  for (const [property, value] of parseStyleAttribute(element.getAttribute('style') ?? '')) {
    applyDeclaration(style, property, value)
  }
  return style
}

function parseStyleAttribute(text: string): [string, string][] {
  const declarations: [string, string][] = []
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) {
      continue
    }
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important\s*$/iu, '')
      .trim()
    declarations.push([property, value])
  }
  return declarations
}

function applyDeclaration(style: InlineStyle, property: string, value: string) {
  const lower = value.toLowerCase()
  if (property === 'font-weight') {
    const bold = readFontWeight(lower)
    if (bold !== undefined) {
      style.bold = bold
    }
  } else if (property === 'font-size') {
    const size = readFontSizePt(lower)
    if (size !== undefined) {
      style.fontSizePt = size
    }
  } else if (property === 'font-family') {
    const family = firstFamily(value)
    if (family) {
      style.fontFamily = family
    }
  } else if (property === 'text-align' && alignments[lower]) {
    style.align = alignments[lower]
  }
}

function readFontWeight(value: string): boolean | undefined {
  if (value === 'bold' || value === 'bolder') {
    return true
  }
  if (value === 'normal' || value === 'lighter') {
    return false
  }
  const weight = Number(value)
  return Number.isFinite(weight) && value !== '' ? weight >= 600 : undefined
}

function readFontSizePt(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(px|pt)$/u.exec(value)
  if (!match) {
    return undefined
  }
  const size = Number(match[1])
  const points = match[2] === 'px' ? size * 0.75 : size
  return points > 0 && points < 500 ? Math.round(points * 100) / 100 : undefined
}

/** The first family name, when it is a plain name (no url(), quotes inside or other CSS). */
function firstFamily(value: string): string | undefined {
  const family = value
    .split(',')[0]
    ?.trim()
    .replace(/^["']|["']$/gu, '')
    .trim()
  return family && familyName.test(family) ? family : undefined
}
