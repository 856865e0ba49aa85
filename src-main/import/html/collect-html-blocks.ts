import type { ParagraphHints, ReadBlock, SourceParagraph } from '../source-paragraph'
import { isPageChrome } from './is-page-chrome'
import { readHtmlImage } from './read-html-image'
import { readHtmlTable } from './read-html-table'
import { readPhotoCaption } from './read-photo-caption'
import { readInlineStyle } from './read-inline-style'
import { heaviestKey } from '../heaviest-key'
import { ImportBudget } from '../import-budget'

/** Where collection happens: the page's base address, and whether inside a table cell. */
export interface CollectOptions {
  baseUrl?: string
  /** In a table cell, tables are read as text and pictures are left out. */
  insideCell?: boolean
  /** The import's limits, counted as paragraphs and cells are read. */
  budget?: ImportBudget
}

interface TextContext extends Omit<ParagraphHints, 'leadLength'> {
  bold: boolean
}

const blockTags = new Set([
  'address',
  'article',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])
const headingTags = /^h([1-6])$/u
const invisibleCharacter = /[\u00ad\u200b-\u200d\u2060\ufeff]/u
const whitespace = /\s/u
/** Deeper than this, an element's text is read flat: hostile pages nest without end. */
const maxDepth = 256

/**
 * Reads the content under `root` in document order as paragraphs, pictures and tables.
 * Each block container (p, h1–h6, li, blockquote, a div or section's own text…) gives one
 * paragraph; `<br>` and pictures split one. Text is whitespace-collapsed and trimmed, with hints
 * from tags and inline styles: heading level, whole bold, alignment, the font size and family
 * carrying the most characters, and the length of a bold leading run. Page chrome (nav, footer,
 * sidebars, share bars) is skipped and a `<header>` contributes only its headings (an article's own `<header>` is read whole).
 */
export function collectHtmlBlocks(root: Element, options: CollectOptions = {}): ReadBlock[] {
  const collector = new BlockCollector(options)
  collector.readChildren(root, contextOf(root, { bold: false }), 0)
  collector.flush()
  return collector.blocks
}

function contextOf(element: Element, parent: TextContext): TextContext {
  const style = readInlineStyle(element)
  const level = headingTags.exec(element.localName)?.[1]
  return {
    bold: style.bold ?? parent.bold,
    headingLevel: level ? Number(level) : parent.headingLevel,
    align: style.align ?? parent.align,
    fontSizePt: style.fontSizePt ?? parent.fontSizePt,
    fontFamily: style.fontFamily ?? parent.fontFamily,
  }
}

class BlockCollector {
  readonly blocks: ReadBlock[] = []
  private readonly budget: ImportBudget
  private readonly paragraph: ParagraphBuilder

  constructor(private readonly options: CollectOptions) {
    this.budget = options.budget ?? new ImportBudget()
    this.paragraph = new ParagraphBuilder(this.budget)
  }

  readChildren(element: Element, context: TextContext, depth: number) {
    for (const child of Array.from(element.childNodes)) {
      this.readNode(child, context, depth + 1)
    }
  }

  flush() {
    const paragraph = this.paragraph.take()
    if (paragraph) {
      this.budget.paragraph(paragraph.text)
      this.blocks.push(paragraph)
    }
  }

  private readNode(node: Node, context: TextContext, depth: number) {
    if (node.nodeType === node.TEXT_NODE) {
      this.paragraph.add((node as Text).data, context)
      return
    }
    if (node.nodeType !== node.ELEMENT_NODE) {
      return
    }
    const element = node as Element
    if (isPageChrome(element)) {
      return
    }
    const inner = contextOf(element, context)
    if (depth > maxDepth) {
      this.paragraph.add(element.textContent ?? '', inner)
      return
    }
    switch (element.localName) {
      case 'br':
      case 'hr':
        this.flush()
        return
      case 'img':
        this.readImage(element)
        return
      case 'header':
        this.readHeader(element, inner, depth)
        return
      case 'table':
        this.readTable(element as HTMLTableElement, inner, depth)
        return
      case 'figure':
        this.readFigure(element, inner, depth)
        return
    }
    if (blockTags.has(element.localName)) {
      this.flush()
      this.readChildren(element, inner, depth)
      this.flush()
      return
    }
    this.readChildren(element, inner, depth)
  }

  private readImage(element: Element) {
    if (this.options.insideCell) {
      return
    }
    const image = readHtmlImage(element, this.options.baseUrl)
    if (image) {
      this.flush()
      this.blocks.push(image)
    }
  }

  private readHeader(element: Element, context: TextContext, depth: number) {
    this.flush()
    if (element.parentElement?.closest('article')) {
      // An article's own header holds its kicker, title and subtitle, not site navigation.
      this.readChildren(element, context, depth)
      this.flush()
      return
    }
    for (const heading of Array.from(element.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
      if (heading.parentElement?.closest('h1, h2, h3, h4, h5, h6')) {
        continue
      }
      this.readNode(heading, context, depth + 1)
    }
    this.flush()
  }

  private readTable(table: HTMLTableElement, context: TextContext, depth: number) {
    this.flush()
    const node = this.options.insideCell
      ? undefined
      : readHtmlTable(table, (cell) => readCellTexts(cell, this.options))
    if (!node) {
      this.readChildren(table, context, depth)
      this.flush()
      return
    }
    if (table.caption) {
      this.readNode(table.caption, context, depth + 1)
    }
    this.blocks.push({ kind: 'attachment', node })
  }

  private readFigure(figure: Element, context: TextContext, depth: number) {
    this.flush()
    const start = this.blocks.length
    const captions: Element[] = []
    for (const child of Array.from(figure.childNodes)) {
      if (child.nodeType === child.ELEMENT_NODE && (child as Element).localName === 'figcaption') {
        captions.push(child as Element)
      } else {
        this.readNode(child, context, depth + 1)
      }
    }
    this.flush()
    const images = this.blocks.slice(start).filter((block) => block.kind === 'image')
    const image = images[images.length - 1]
    if (!image) {
      captions.forEach((caption) => this.readNode(caption, context, depth + 1))
      this.flush()
      return
    }
    const text = captions.map((caption) => collapseText(caption.textContent ?? '')).join(' ')
    Object.assign(image, readPhotoCaption(text))
  }
}

function readCellTexts(cell: Element, options: CollectOptions): string[] {
  options.budget?.tableCell()
  return collectHtmlBlocks(cell, { ...options, insideCell: true }).flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : [],
  )
}

/** Collapses whitespace the way the paragraphs are collapsed, for captions and titles. */
function collapseText(text: string): string {
  const builder = new ParagraphBuilder(new ImportBudget())
  builder.add(text, { bold: false })
  return builder.take()?.text ?? ''
}

/** The characters of one paragraph in the making, each with its boldness. */
class ParagraphBuilder {
  private units: string[] = []
  private bold: boolean[] = []
  private sizes = new Map<number, number>()
  private families = new Map<string, number>()
  private first: TextContext | undefined

  constructor(private readonly budget: ImportBudget) {}

  add(text: string, context: TextContext) {
    this.budget.pendingText(this.units.length + text.length)
    for (let index = 0; index < text.length; index++) {
      const unit = text[index]
      this.units.push(unit)
      this.bold.push(context.bold)
      if (whitespace.test(unit) || invisibleCharacter.test(unit)) {
        continue
      }
      this.first ??= context
      if (context.fontSizePt !== undefined) {
        this.sizes.set(context.fontSizePt, (this.sizes.get(context.fontSizePt) ?? 0) + 1)
      }
      if (context.fontFamily !== undefined) {
        this.families.set(context.fontFamily, (this.families.get(context.fontFamily) ?? 0) + 1)
      }
    }
  }

  take(): SourceParagraph | undefined {
    const { text, bold } = normalizeRun(this.units, this.bold)
    const first = this.first
    const hints = first && text !== '' ? this.hints(text, bold, first) : undefined
    this.units = []
    this.bold = []
    this.sizes = new Map()
    this.families = new Map()
    this.first = undefined
    if (text === '') {
      return undefined
    }
    return hints ? { kind: 'paragraph', text, hints } : { kind: 'paragraph', text }
  }

  private hints(text: string, bold: boolean[], first: TextContext): ParagraphHints | undefined {
    const hints: ParagraphHints = {}
    if (first.headingLevel !== undefined) {
      hints.headingLevel = first.headingLevel
    }
    const leadLength = boldLeadLength(text, bold)
    if (leadLength === text.length) {
      hints.bold = true
    }
    if (first.align !== undefined) {
      hints.align = first.align
    }
    const fontSizePt = heaviestKey(this.sizes)
    if (fontSizePt !== undefined) {
      hints.fontSizePt = fontSizePt
    }
    const fontFamily = heaviestKey(this.families)
    if (fontFamily !== undefined) {
      hints.fontFamily = fontFamily
    }
    if (leadLength > 0 && leadLength < text.length) {
      hints.leadLength = leadLength
    }
    return Object.keys(hints).length > 0 ? hints : undefined
  }
}

/**
 * Drops invisible characters, turns a single full-width space into itself and any other
 * whitespace run into one space (the rules of plain-text import), then trims.
 */
function normalizeRun(units: string[], bold: boolean[]): { text: string; bold: boolean[] } {
  const text: string[] = []
  const flags: boolean[] = []
  let index = 0
  while (index < units.length) {
    const unit = units[index]
    if (invisibleCharacter.test(unit)) {
      index++
      continue
    }
    if (!whitespace.test(unit)) {
      text.push(unit)
      flags.push(bold[index])
      index++
      continue
    }
    let spaces = 0
    while (
      index < units.length &&
      (whitespace.test(units[index]) || invisibleCharacter.test(units[index]))
    ) {
      spaces += whitespace.test(units[index]) ? 1 : 0
      index++
    }
    text.push(spaces === 1 && unit === '\u3000' ? unit : ' ')
    flags.push(false)
  }
  let start = 0
  let end = text.length
  while (start < end && whitespace.test(text[start])) {
    start++
  }
  while (end > start && whitespace.test(text[end - 1])) {
    end--
  }
  return { text: text.slice(start, end).join(''), bold: flags.slice(start, end) }
}

/** Length of the leading run of bold characters (spaces inside it included), ending on one. */
function boldLeadLength(text: string, bold: boolean[]): number {
  let end = 0
  for (let index = 0; index < text.length; index++) {
    if (bold[index]) {
      end = index + 1
    } else if (!whitespace.test(text[index])) {
      break
    }
  }
  return end
}
