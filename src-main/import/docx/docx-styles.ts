import { ImportBudget } from '../import-budget'
import type { ParagraphHints } from '../source-paragraph'
import { attributeOf, childElements, firstChild, isElement, onOffValue } from './docx-xml'

/** A run's formatting as far as structure detection cares. A `null` font comes from the theme. */
export interface RunFormat {
  bold?: boolean
  /** Hidden text (`w:vanish`), which Word does not show. */
  hidden?: boolean
  sizePt?: number
  eastAsiaFont?: string | null
  asciiFont?: string | null
}

/** A paragraph's list membership: `numId` "0" (or none) means not numbered. */
export interface NumberingReference {
  numId?: string
  level?: number
}

/** A paragraph's formatting, resolved through its style, the styles it is based on and defaults. */
export interface ParagraphFormat {
  align?: ParagraphHints['align']
  headingLevel?: number
  numbering: NumberingReference
}

interface StyleDefinition {
  id: string
  type: string
  name: string
  basedOn?: string
  paragraphProperties?: Element
  runProperties?: Element
}

const headingName = /^(?:heading|标题)\s*([1-9])$/iu
const maxChainLength = 32

/**
 * The styles part of a docx: paragraph and character styles with `basedOn` inheritance, and the
 * document defaults. Later layers win: defaults, then the paragraph style chain (base first), then
 * the character style chain, then the run's own properties. Bold is read as a plain property
 * (a style toggling bold off over a bold base is rare in reports), theme fonts as unknown (`null`).
 */
export class DocxStyles {
  private readonly styles = new Map<string, StyleDefinition>()
  private readonly defaultParagraphStyle: string | undefined
  private readonly defaultRunProperties: Element | undefined
  private readonly defaultParagraphProperties: Element | undefined
  private readonly runFormats = new Map<string, RunFormat>()

  constructor(stylesDocument: Document | undefined, budget: ImportBudget = new ImportBudget()) {
    const root = stylesDocument?.documentElement
    const defaults = firstChild(root, 'docDefaults')
    this.defaultRunProperties = firstChild(firstChild(defaults, 'rPrDefault'), 'rPr')
    this.defaultParagraphProperties = firstChild(firstChild(defaults, 'pPrDefault'), 'pPr')
    let defaultParagraphStyle: string | undefined
    for (const element of root ? childElements(root) : []) {
      if (!isElement(element, 'word', 'style')) {
        continue
      }
      budget.style()
      const style = readStyle(element)
      if (!this.styles.has(style.id)) {
        this.styles.set(style.id, style)
      }
      const isDefault = ['1', 'true', 'on'].includes(attributeOf(element, 'default') ?? '')
      if (style.type === 'paragraph' && isDefault) {
        defaultParagraphStyle ??= style.id
      }
    }
    this.defaultParagraphStyle = defaultParagraphStyle
  }

  /** The paragraph style a paragraph with these properties uses. */
  paragraphStyleId(paragraphProperties: Element | undefined): string | undefined {
    return attributeOf(firstChild(paragraphProperties, 'pStyle')) ?? this.defaultParagraphStyle
  }

  /** Alignment, heading level and numbering of a paragraph. */
  paragraphFormat(
    styleId: string | undefined,
    paragraphProperties: Element | undefined,
  ): ParagraphFormat {
    const layers = [
      this.defaultParagraphProperties,
      ...this.chain(styleId, 'paragraph').map((style) => style.paragraphProperties),
      paragraphProperties,
    ]
    const format: ParagraphFormat = { numbering: {} }
    for (const properties of layers) {
      const align = alignment(attributeOf(firstChild(properties, 'jc')))
      format.align = align ?? format.align
      const numberingProperties = firstChild(properties, 'numPr')
      const numId = attributeOf(firstChild(numberingProperties, 'numId'))
      const level = Number(attributeOf(firstChild(numberingProperties, 'ilvl')))
      format.numbering.numId = numId ?? format.numbering.numId
      format.numbering.level = Number.isInteger(level) ? level : format.numbering.level
    }
    format.headingLevel = this.headingLevel(styleId, paragraphProperties)
    return format
  }

  /** The formatting a run shows, from its own properties up through the styles. */
  runFormat(paragraphStyleId: string | undefined, runProperties: Element | undefined): RunFormat {
    const characterStyleId = attributeOf(firstChild(runProperties, 'rStyle'))
    const key = `${paragraphStyleId ?? ''}\u0000${characterStyleId ?? ''}`
    let styled = this.runFormats.get(key)
    if (!styled) {
      const layers = [
        this.defaultRunProperties,
        ...this.chain(paragraphStyleId, 'paragraph').map((style) => style.runProperties),
        ...this.chain(characterStyleId, 'character').map((style) => style.runProperties),
      ]
      styled = layers.reduce<RunFormat>((format, layer) => mergeRunFormat(format, layer), {})
      this.runFormats.set(key, styled)
    }
    return mergeRunFormat(styled, runProperties)
  }

  /** The outline level a paragraph's own properties or its style chain give it (1 = top). */
  private headingLevel(styleId: string | undefined, paragraphProperties: Element | undefined) {
    const own = firstChild(paragraphProperties, 'outlineLvl')
    if (own) {
      return outlineLevel(own)
    }
    for (const style of this.chain(styleId, 'paragraph').reverse()) {
      const outline = firstChild(style.paragraphProperties, 'outlineLvl')
      if (outline) {
        return outlineLevel(outline)
      }
      const named = headingName.exec(style.name.trim())
      if (named) {
        return Number(named[1])
      }
    }
    return undefined
  }

  /** A style and the styles it is based on, base first; a loop or a missing base ends it. */
  private chain(styleId: string | undefined, type: string): StyleDefinition[] {
    const chain: StyleDefinition[] = []
    const seen = new Set<string>()
    let id = styleId
    while (id !== undefined && !seen.has(id) && chain.length < maxChainLength) {
      seen.add(id)
      const style = this.styles.get(id)
      if (!style || style.type !== type) {
        break
      }
      chain.unshift(style)
      id = style.basedOn
    }
    return chain
  }
}

function readStyle(element: Element): StyleDefinition {
  return {
    id: attributeOf(element, 'styleId') ?? '',
    type: attributeOf(element, 'type') ?? 'paragraph',
    name: attributeOf(firstChild(element, 'name')) ?? '',
    basedOn: attributeOf(firstChild(element, 'basedOn')),
    paragraphProperties: firstChild(element, 'pPr'),
    runProperties: firstChild(element, 'rPr'),
  }
}

function outlineLevel(element: Element): number | undefined {
  const level = Number(attributeOf(element))
  return Number.isInteger(level) && level >= 0 && level < 9 ? level + 1 : undefined
}

function alignment(value: string | undefined): ParagraphHints['align'] | undefined {
  switch (value) {
    case 'left':
    case 'start':
      return 'left'
    case 'center':
      return 'center'
    case 'right':
    case 'end':
      return 'right'
    case 'both':
    case 'distribute':
    case 'thaiDistribute':
    case 'lowKashida':
    case 'mediumKashida':
    case 'highKashida':
      return 'justify'
    default:
      return undefined
  }
}

function mergeRunFormat(format: RunFormat, properties: Element | undefined): RunFormat {
  if (!properties) {
    return format
  }
  const merged = { ...format }
  const bold = onOffValue(firstChild(properties, 'b'))
  if (bold !== undefined) {
    merged.bold = bold
  }
  const hidden = onOffValue(firstChild(properties, 'vanish'))
  if (hidden !== undefined) {
    merged.hidden = hidden
  }
  const halfPoints = Number(attributeOf(firstChild(properties, 'sz')))
  if (Number.isFinite(halfPoints) && halfPoints > 0) {
    merged.sizePt = halfPoints / 2
  }
  const fonts = firstChild(properties, 'rFonts')
  const eastAsiaFont = fonts && fontOf(fonts, 'eastAsia')
  if (eastAsiaFont !== undefined) {
    merged.eastAsiaFont = eastAsiaFont
  }
  const asciiFont = fonts && fontOf(fonts, 'ascii')
  if (asciiFont !== undefined) {
    merged.asciiFont = asciiFont
  }
  return merged
}

/** A font slot: the theme's (unknown, `null`) before a named face, undefined when not set. */
function fontOf(fonts: Element, slot: 'eastAsia' | 'ascii'): string | null | undefined {
  if (attributeOf(fonts, `${slot}Theme`) !== undefined) {
    return null
  }
  const name = attributeOf(fonts, slot)?.trim()
  return name ? name : undefined
}
