import type { ImportBudget } from '../import-budget'
import type { ParagraphHints } from '../source-paragraph'
import type { DocxNumbering } from './docx-numbering'
import type { DocxRelationship } from './docx-package'
import type { DocxStyles, ParagraphFormat, RunFormat } from './docx-styles'
import { heaviestKey } from '../heaviest-key'
import {
  alternateContent,
  attributeOf,
  childElements,
  firstChild,
  inNamespace,
  isElement,
} from './docx-xml'

/** What a paragraph needs from the rest of the document. */
export interface ParagraphReadingContext {
  styles: DocxStyles
  numbering: DocxNumbering
  /** The main document part's relationships by id. */
  relationships: Map<string, DocxRelationship>
  /** The import's limits, counted as lines and cells are read. */
  budget: ImportBudget
}

/** One line of a paragraph, trimmed and with its formatting summed up. */
export interface DocxLine {
  kind: 'line'
  text: string
  hints: ParagraphHints
}

/** A picture in a paragraph: a part inside the package, or an http(s) address it links to. */
export interface DocxPicture {
  kind: 'picture'
  partName?: string
  remoteUrl?: string
}

/** A paragraph read: its lines and pictures in order, and the text boxes anchored in it. */
export interface DocxParagraph {
  pieces: (DocxLine | DocxPicture)[]
  textBoxes: Element[]
}

/** A run's text with its format; a number prefix has none (it neither bolds nor sizes a line). */
type Segment =
  { kind: 'text'; text: string; format: RunFormat | undefined } | { kind: 'break' } | DocxPicture

/** Containers whose runs are read as the paragraph's own. */
const runContainers = new Set([
  'hyperlink',
  'ins',
  'moveTo',
  'smartTag',
  'customXml',
  'fldSimple',
  'bdo',
  'dir',
])
const invisible = /[\u200b\u2060\ufeff\u00ad]/u
const sentenceEnds = '。！!'

/**
 * Reads one `w:p`: text from `w:t` (inserted text included; deleted text, field instructions and
 * hidden text left out), tabs as layout spaces, and the list number Word shows prepended
 * ("一、", "（一）"). A line break (`w:br`, `w:cr`) splits the paragraph into lines, each with the
 * paragraph's hints, because Word's own plain-text copy puts each such line on its own line and
 * structure detection reads lines; a picture also ends a line. Lines are trimmed and inner layout
 * whitespace collapsed as `splitTextParagraphs` does; empty lines are dropped.
 *
 * Hints: `headingLevel` from the style (or outline level); `bold` when every visible character is
 * bold; otherwise `leadLength`, the bold run the line opens with, taking in a plain 。 or ！ right
 * after it; `fontSizePt` and `fontFamily` (East Asian face, else the Latin one) carried by the most
 * characters; `align` from `w:jc`.
 */
export function readDocxParagraph(
  paragraph: Element,
  context: ParagraphReadingContext,
): DocxParagraph {
  const { styles } = context
  const properties = firstChild(paragraph, 'pPr')
  const styleId = styles.paragraphStyleId(properties)
  const format = styles.paragraphFormat(styleId, properties)
  const number = context.numbering.next(format.numbering)
  const reader = new RunReader(context, styleId)
  reader.readChildren(paragraph)
  const segments = reader.segments
  const firstText = segments.findIndex(
    (segment) => segment.kind === 'text' && segment.text.trim() !== '',
  )
  if (number !== undefined && firstText >= 0) {
    segments.splice(firstText, 0, { kind: 'text', text: number, format: undefined })
  }
  const pieces: (DocxLine | DocxPicture)[] = []
  let current: Segment[] = []
  const flush = () => {
    const line = toLine(current, format)
    if (line) {
      pieces.push(line)
    }
    current = []
  }
  for (const segment of segments) {
    if (segment.kind === 'text') {
      current.push(segment)
      continue
    }
    flush()
    if (segment.kind === 'picture') {
      pieces.push(segment)
    }
  }
  flush()
  return { pieces, textBoxes: reader.textBoxes }
}

class RunReader {
  readonly segments: Segment[] = []
  readonly textBoxes: Element[] = []
  /** Characters of the current line read so far, held to the import's limits before any is put together. */
  private length = 0

  constructor(
    private readonly context: ParagraphReadingContext,
    private readonly styleId: string | undefined,
  ) {}

  readChildren(parent: Element) {
    for (const child of childElements(parent)) {
      this.readInline(child)
    }
  }

  private readInline(element: Element) {
    if (isElement(element, 'markupCompatibility', 'AlternateContent')) {
      alternateContent(element).forEach((child) => this.readInline(child))
      return
    }
    if (!isWord(element)) {
      return
    }
    if (element.localName === 'r') {
      this.readRun(element)
    } else if (element.localName === 'sdt') {
      const content = firstChild(element, 'sdtContent')
      if (content) {
        this.readChildren(content)
      }
    } else if (runContainers.has(element.localName)) {
      this.readChildren(element)
    }
  }

  private readRun(run: Element) {
    const format = this.context.styles.runFormat(this.styleId, firstChild(run, 'rPr'))
    for (const child of childElements(run)) {
      this.readRunContent(child, format)
    }
  }

  private readRunContent(element: Element, format: RunFormat) {
    if (isElement(element, 'markupCompatibility', 'AlternateContent')) {
      alternateContent(element).forEach((item) => this.readRunContent(item, format))
      return
    }
    if (!isWord(element)) {
      return
    }
    switch (element.localName) {
      case 't':
        this.addText(element.textContent ?? '', format)
        return
      case 'tab':
      case 'ptab':
        this.addText('\t', format)
        return
      case 'noBreakHyphen':
        this.addText('-', format)
        return
      case 'sym':
        this.addText(symbolText(element), format)
        return
      case 'br':
      case 'cr':
        // A break ends a line; lines are what the limits hold to.
        this.length = 0
        this.segments.push({ kind: 'break' })
        return
      case 'drawing':
        this.readDrawing(element)
        return
      case 'pict':
      case 'object':
        this.readVml(element)
        return
      case 'ruby':
        this.readRuby(element)
        return
      default:
        return
    }
  }

  private addText(text: string, format: RunFormat) {
    if (text !== '' && !format.hidden) {
      this.length += text.length
      this.context.budget.pendingText(this.length)
      this.segments.push({ kind: 'text', text, format })
    }
  }

  private readRuby(ruby: Element) {
    const base = firstChild(ruby, 'rubyBase')
    if (base) {
      this.readChildren(base)
    }
  }

  /** A DrawingML picture (`a:blip`), and the text boxes inside the drawing. */
  private readDrawing(drawing: Element) {
    const blip = findOutsideTextBoxes(drawing, (element) => isElement(element, 'drawing', 'blip'))
    if (blip) {
      const embedded = attributeOf(blip, 'embed', 'relationships')
      const linked = attributeOf(blip, 'link', 'relationships')
      this.addPicture(embedded, linked)
    }
    this.collectTextBoxes(drawing)
  }

  /** A VML picture (`v:imagedata`) of an older document or a fallback, and its text boxes. */
  private readVml(container: Element) {
    const imageData = findOutsideTextBoxes(container, (element) =>
      isElement(element, 'vml', 'imagedata'),
    )
    if (imageData) {
      const embedded = attributeOf(imageData, 'id', 'relationships')
      const linked = attributeOf(imageData, 'href', 'relationships')
      this.addPicture(embedded, linked)
    }
    this.collectTextBoxes(container)
  }

  /**
   * An embedded picture is read from its part inside the package. A linked one (or an "embedded"
   * one whose relationship is external) is kept only as an http(s) address; a file:// or any other
   * target is dropped without a trace, so nothing outside the package is ever read.
   */
  private addPicture(embeddedId: string | undefined, linkedId: string | undefined) {
    const { relationships } = this.context
    const embedded = embeddedId === undefined ? undefined : relationships.get(embeddedId)
    if (embedded && !embedded.external && embedded.partName) {
      this.segments.push({ kind: 'picture', partName: embedded.partName })
      return
    }
    const linked = linkedId === undefined ? embedded : relationships.get(linkedId)
    const url = linked?.external ? linked.url?.trim() : undefined
    if (url && /^https?:\/\/[^\s/]/iu.test(url)) {
      this.segments.push({ kind: 'picture', remoteUrl: url })
    }
  }

  private collectTextBoxes(container: Element) {
    const visit = (element: Element) => {
      if (isElement(element, 'markupCompatibility', 'AlternateContent')) {
        alternateContent(element).forEach(visit)
        return
      }
      if (isElement(element, 'word', 'txbxContent')) {
        this.textBoxes.push(element)
        return
      }
      childElements(element).forEach(visit)
    }
    childElements(container).forEach(visit)
  }
}

function isWord(element: Element): boolean {
  return inNamespace(element, 'word')
}

/** The first element matching `test` below `root`, not looking inside text boxes. */
function findOutsideTextBoxes(
  root: Element,
  test: (element: Element) => boolean,
): Element | undefined {
  for (const child of childElements(root)) {
    if (isElement(child, 'word', 'txbxContent')) {
      continue
    }
    if (isElement(child, 'markupCompatibility', 'AlternateContent')) {
      const found = alternateContent(child).find(test)
      if (found) {
        return found
      }
      for (const item of alternateContent(child)) {
        const inner = findOutsideTextBoxes(item, test)
        if (inner) {
          return inner
        }
      }
      continue
    }
    if (test(child)) {
      return child
    }
    const found = findOutsideTextBoxes(child, test)
    if (found) {
      return found
    }
  }
  return undefined
}

/** A `w:sym` character, unless it sits in a symbol font's private area (a picture, not text). */
function symbolText(element: Element): string {
  const code = parseInt(attributeOf(element, 'char') ?? '', 16)
  if (!Number.isInteger(code) || code <= 0 || (code >= 0xe000 && code <= 0xf8ff)) {
    return ''
  }
  return String.fromCodePoint(code)
}

interface Glyph {
  character: string
  format: RunFormat | undefined
}

function toLine(segments: Segment[], format: ParagraphFormat): DocxLine | undefined {
  const glyphs: Glyph[] = []
  for (const segment of segments) {
    if (segment.kind !== 'text') {
      continue
    }
    for (const character of segment.text) {
      if (!invisible.test(character)) {
        glyphs.push({ character, format: segment.format })
      }
    }
  }
  const normalized = normalizeWhitespace(glyphs)
  if (normalized.length === 0) {
    return undefined
  }
  const text = normalized.map((glyph) => glyph.character).join('')
  return { kind: 'line', text, hints: lineHints(normalized, text, format) }
}

/** Trims, turns a tab or a run of whitespace into one space, keeps a single ' ' or '\u3000'. */
function normalizeWhitespace(glyphs: Glyph[]): Glyph[] {
  let start = 0
  let end = glyphs.length
  while (start < end && isSpace(glyphs[start].character)) {
    start++
  }
  while (end > start && isSpace(glyphs[end - 1].character)) {
    end--
  }
  const result: Glyph[] = []
  for (let index = start; index < end; index++) {
    const glyph = glyphs[index]
    if (!isSpace(glyph.character)) {
      result.push(glyph)
      continue
    }
    let runEnd = index
    while (runEnd + 1 < end && isSpace(glyphs[runEnd + 1].character)) {
      runEnd++
    }
    const keep = runEnd === index && (glyph.character === ' ' || glyph.character === '\u3000')
    result.push(keep ? glyph : { character: ' ', format: glyph.format })
    index = runEnd
  }
  return result
}

function isSpace(character: string): boolean {
  return /\s/u.test(character)
}

function lineHints(glyphs: Glyph[], text: string, format: ParagraphFormat): ParagraphHints {
  const hints: ParagraphHints = {}
  if (format.headingLevel !== undefined) {
    hints.headingLevel = format.headingLevel
  }
  const formatted = glyphs.filter((glyph) => glyph.format && !isSpace(glyph.character))
  const leadLength = boldLeadLength(glyphs, text)
  const allBold = formatted.length > 0 && formatted.every((glyph) => glyph.format?.bold === true)
  if (allBold || leadLength >= text.length) {
    hints.bold = true
  } else if (leadLength > 0) {
    hints.leadLength = leadLength
  }
  if (format.align !== undefined) {
    hints.align = format.align
  }
  const sizes = new Map<number, number>()
  const families = new Map<string, number>()
  for (const { format: run } of formatted) {
    if (run?.sizePt !== undefined) {
      sizes.set(run.sizePt, (sizes.get(run.sizePt) ?? 0) + 1)
    }
    const family = run?.eastAsiaFont === undefined ? run?.asciiFont : run.eastAsiaFont
    if (family) {
      families.set(family, (families.get(family) ?? 0) + 1)
    }
  }
  const fontSizePt = heaviestKey(sizes)
  if (fontSizePt !== undefined) {
    hints.fontSizePt = fontSizePt
  }
  const fontFamily = heaviestKey(families)
  if (fontFamily !== undefined) {
    hints.fontFamily = fontFamily
  }
  return hints
}

/** Length of the bold run a line opens with (a number prefix and spaces ride along), or 0. */
function boldLeadLength(glyphs: Glyph[], text: string): number {
  let length = 0
  let offset = 0
  for (const glyph of glyphs) {
    offset += glyph.character.length
    if (!glyph.format || isSpace(glyph.character)) {
      continue
    }
    if (glyph.format.bold !== true) {
      break
    }
    length = offset
  }
  if (length > 0 && sentenceEnds.includes(text[length] ?? '')) {
    return length + 1
  }
  return length
}
