import type { DetectedSection } from './detected-outline'
import type { SectionKind } from '../sections/section-kind'
import type { ParagraphHints, SourceAttachment, SourceBlock } from './source-paragraph'

/** A non-empty trimmed paragraph; `formattedLead` is its bold leading run after trimming. */
interface Line {
  kind: 'paragraph'
  text: string
  hints?: ParagraphHints
  formattedLead: number
}

type Item = Line | SourceAttachment

type Role =
  | { kind: 'heading' }
  | { kind: 'leadLine' }
  | { kind: 'leadParagraph'; leadLength: number }
  | { kind: 'body' }

interface BodyStyle {
  fontSizePt?: number
  fontFamily?: string
}

interface Reading {
  items: Item[]
  style: BodyStyle
  /** Index of the first trailing credits line, or `items.length` when there are none. */
  creditsStart: number
  /** Whether a prose paragraph or an attachment follows the item before the credits. */
  contentAfter: boolean[]
}

interface FrontMatter {
  title?: number
  subtitle?: number
  bodyStart: number
}

interface LeadSizes {
  min: number
  max: number
}

const sentenceFinal = /[。！？；…!?;]/u
const proseOpening =
  /^(?:这|那|此|其|它|他|她|我|你|您|但|而|并|且|因此|所以|同时|此外|然而|如今|目前|当前|随后|据)/u
const openingBrackets = '“‘「『《〈（(【['
const closingBrackets = '”’」』》〉）)】]'
const leadClauseBreaks = '，,；;：:？?…'
const leadNumbering =
  /^(?:[（(][一二三四五六七八九十]+[）)]|[（(]\d{1,2}[）)]|\d{1,2}[、．.](?!\d)|[一二三四五六七八九十]+是)\s*/u
const headingNumberings = [
  /^[一二三四五六七八九十百零〇]+[、．.]/u,
  /^[（(][一二三四五六七八九十百零〇]+[）)]/u,
  /^\d{1,2}[、．.](?!\d)/u,
  /^[（(]\d{1,2}[）)]/u,
]
const subtitleDash = /^(?:[—―─━－–-]{2,}|[—―])\s*[^—―─━－–\s-]/u
const trailingDash = /[—―─━－–-]$/u
const editorsNote = /^[【[]?编者按/u
const captionOpening = /^(?:[▲△■□●○◆◇★☆]|图为|[（(]图)/u
const creditsRole = String.raw`\p{Script=Han}{1,6}(?:[/／、]\p{Script=Han}{1,6})?`
const anyCreditsLine = new RegExp(String.raw`^${creditsRole}\s*[/／:：|｜]\s*\S`, 'u')
const slashCreditsLine = new RegExp(String.raw`^${creditsRole}\s*[/／]\s*\S`, 'u')
const knownRoles = [
  '总?策划|统筹|总?监制|出品人?|主编|责任编辑|编辑|责编|撰稿|执笔|记者|通讯员|来源|作者',
  '文字?|图片?|摄影|摄像|视频|航拍|剪辑|制作|版式|设计|美编|排版|校对|审核|审校|终审',
].join('|')
const knownRoleCreditsLine = new RegExp(
  String.raw`^(?:本期|本版)?(?:${knownRoles})(?:[/／、](?:${knownRoles}))?\s*[/／:：]\s*\S`,
  'u',
)
const bylineCreditsLine = /^[（(]?(?:本报|融媒)?(?:记者|通讯员|实习生)\s+\p{Script=Han}{2,4}/u
const bracketedLead = /^【([^】]+)】/u
const parallelHeading = /^[^，,]{4,20}[，,][^，,]{4,20}$/u
const runInCore = /^[\p{Script=Han}“”‘’「」『』《》]+$/u
const labelLength = 16

/**
 * Finds a report's outline in reading order: masthead, title, subtitle, lead, headings (with their
 * subsections as children), closing and credits. It reads the shape of the text, not particular
 * wording, and formatting hints when an importer supplies them; where both speak, formatting wins.
 * No character is added, dropped or moved: paragraphs are only trimmed (empty ones dropped) and
 * split at run-in leads, so the title, subtitle and heading lines plus every block's text, in
 * order, are the source text.
 *
 * - Prose: over 40 characters, or over 20 with sentence punctuation, not an editor's note (编者按)
 *   and not display-formatted (a heading level, or ≤ 60 characters bold, centred or larger than
 *   body text; body text is the size and family carrying the most characters).
 * - Credits: the trailing lines shaped `角色/姓名` (Han role, then / ／ ： :, then names without
 *   sentence punctuation) or `记者 姓名`; at least one uses a slash, a known role (策划, 统筹, 摄影,
 *   责任编辑…) or is such a byline. One credits section; none when the report has none.
 * - Front matter is the lines before the first prose paragraph. Its last line opening with a dash
 *   (——, ─—, --) is the subtitle and the line before it the title. Otherwise the title is the last
 *   front line, and with hints a smaller centred line after a more prominent one (not itself
 *   title-sized) is the subtitle. Lines before the title are the masthead. At the end of the front,
 *   bylines, editor's notes, numbered headings, left-aligned heading-formatted lines after centred
 *   ones, and a line shaped like every later heading (numbering, comma, space, length) while the
 *   first prose paragraph or the next one opens with a lead sentence, belong to the body: the
 *   report has no lead.
 * - Lead (导语): the first prose paragraph when only bylines or notes come before it in the body,
 *   with the paragraphs up to the first heading (lead sentences there stay paragraphs). In a report
 *   without headings the lead ends at the first lead sentence and subsections are top-level.
 * - Heading: a line with prose or an attachment after it, not a credits line or caption (▲…, 图为…),
 *   that has a heading level or is bold as a whole, or (when not prose) is larger than body text or
 *   in a display family (黑体); or, without any of 。！？；…, is numbered (一、 （一） 1. （1）) within 40
 *   characters, or has at least 4 Han characters within 30 characters (40 for a two-part `甲，乙`).
 *   Its title is the whole line, number included, not repeated in its blocks.
 * - Subsection line: a heading numbered deeper than the current heading (（一） under 一、; （一）, 1.,
 *   （1） under an unnumbered one) or with a deeper heading level. Its title is the line and its
 *   first block the line marked as a lead; lead sentences inside it stay paragraphs (two levels).
 * - Lead sentence: the bold leading run from hints, else a first sentence (after an optional （一）,
 *   一是 or 1.) of 4–20 characters with 4 or more Han characters, ending in 。 or ！, with no ，；：？…
 *   outside quotes or brackets, not opening like prose (这, 同时, 目前…), followed by more text; or a
 *   leading 【…】 of that size. Each paragraph opening with one starts a subsection titled with it,
 *   minus its final punctuation or brackets; later paragraphs without one belong to it. A line that
 *   is a single lead sentence ending in 。 or ！ starts one when it is bold or prose follows it.
 * - Paragraphs between a heading and its first subsection are its intro. When lead sentences follow
 *   under that heading, a run-in lead (a lost paragraph break) is split out of an intro paragraph:
 *   a sentence right after its first or second sentence end, of 4–12 Han characters and quotes
 *   only, within two of the report's other lead sizes, not opening like prose, with at least 10
 *   letters before and after it. What precedes it stays intro; the rest starts the subsection.
 * - Closing: the last prose paragraph before the credits, with any short lines after it, when it
 *   does not open with a text-shaped lead sentence and the paragraph before it has body text (it is
 *   not a heading's or a subsection line's only paragraph). It keeps a formatted lead.
 * - Masthead, lead, closing and credits are titled with the first clause (≤ 16 characters) of their
 *   first line.
 * - Attachments stay where they occur; one between the title and the first section with blocks
 *   joins that section.
 */
export function detectStructure(blocks: SourceBlock[]): DetectedSection[] {
  const items = normalizeBlocks(blocks)
  if (items.length === 0) {
    return []
  }
  const reading = readItems(items)
  const roles = items.map((_, index) => classifyLine(reading, index))
  const firstProse = findFirstProse(reading)
  const front = readFrontMatter(reading, roles, firstProse)
  const leadIndex = findLeadIndex(roles, front.bodyStart, firstProse, reading.creditsStart)
  if (leadIndex !== undefined) {
    roles[leadIndex] = { kind: 'body' }
  }
  const closingStart = findClosingStart(reading, roles, front.bodyStart, leadIndex)

  const builder = new OutlineBuilder()
  addFrontMatter(builder, items, front)
  addBody(builder, reading, roles, { start: front.bodyStart, end: closingStart, leadIndex })
  addClosing(builder, reading, roles, closingStart)
  addCredits(builder, reading)
  return builder.finish()
}

function normalizeBlocks(blocks: SourceBlock[]): Item[] {
  const items: Item[] = []
  for (const block of blocks) {
    if (block.kind === 'attachment') {
      items.push(block)
      continue
    }
    const text = block.text.trim()
    if (text === '') {
      continue
    }
    const indent = block.text.length - block.text.trimStart().length
    const boldRun = (block.hints?.leadLength ?? 0) - indent
    const formattedLead = Math.min(Math.max(boldRun, 0), text.length)
    items.push({ kind: 'paragraph', text, hints: block.hints, formattedLead })
  }
  return items
}

function readItems(items: Item[]): Reading {
  const style = measureBodyStyle(items)
  const creditsStart = findCreditsStart(items)
  const contentAfter: boolean[] = Array.from({ length: items.length }, () => false)
  let seen = false
  for (let index = creditsStart - 1; index >= 0; index--) {
    contentAfter[index] = seen
    const item = items[index]
    seen ||= item.kind === 'attachment' || isProse(style, item)
  }
  return { items, style, creditsStart, contentAfter }
}

/** The body's font size and family: the ones carrying the most text. */
function measureBodyStyle(items: Item[]): BodyStyle {
  const sizes = new Map<number, number>()
  const families = new Map<string, number>()
  for (const item of items) {
    if (item.kind !== 'paragraph' || !item.hints) {
      continue
    }
    const { fontSizePt, fontFamily } = item.hints
    if (fontSizePt !== undefined) {
      sizes.set(fontSizePt, (sizes.get(fontSizePt) ?? 0) + item.text.length)
    }
    if (fontFamily !== undefined) {
      families.set(fontFamily, (families.get(fontFamily) ?? 0) + item.text.length)
    }
  }
  return { fontSizePt: mostWeighted(sizes), fontFamily: mostWeighted(families) }
}

function mostWeighted<T>(weights: Map<T, number>): T | undefined {
  let best: T | undefined
  let bestWeight = -1
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value
      bestWeight = weight
    }
  }
  return best
}

function findCreditsStart(items: Item[]): number {
  let start = items.length
  let hasStrongLine = false
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index]
    if (item.kind === 'attachment') {
      continue
    }
    if (!isCreditsLine(item.text, 'any')) {
      break
    }
    hasStrongLine ||= isCreditsLine(item.text, 'strong')
    start = index
  }
  return hasStrongLine ? start : items.length
}

/** `strong` shapes are credits anywhere; `any` also accepts `某某：…` in the trailing run. */
function isCreditsLine(text: string, strength: 'strong' | 'any'): boolean {
  if (text.length > 60 || /[。！？；!?;]/u.test(text)) {
    return false
  }
  const strong =
    slashCreditsLine.test(text) || knownRoleCreditsLine.test(text) || bylineCreditsLine.test(text)
  return strong || (strength === 'any' && anyCreditsLine.test(text))
}

function classifyLine(reading: Reading, index: number): Role | undefined {
  const line = reading.items[index]
  if (line.kind !== 'paragraph' || index >= reading.creditsStart) {
    return undefined
  }
  if (captionOpening.test(line.text) || isCreditsLine(line.text, 'strong')) {
    return { kind: 'body' }
  }
  const leadLength = paragraphLeadLength(line)
  if (leadLength > 0) {
    return { kind: 'leadParagraph', leadLength }
  }
  if (isLeadLine(reading, index)) {
    return { kind: 'leadLine' }
  }
  if (reading.contentAfter[index] && isHeadingShaped(reading.style, line)) {
    return { kind: 'heading' }
  }
  return { kind: 'body' }
}

function paragraphLeadLength(line: Line): number {
  if (hasPartialFormattedLead(line)) {
    return line.formattedLead
  }
  const length = leadSentenceLength(line.text)
  return length > 0 && countLetters(line.text.slice(length)) > 0 ? length : 0
}

function hasPartialFormattedLead(line: Line): boolean {
  return line.formattedLead > 0 && line.formattedLead < line.text.length
}

function isWholeBold(line: Line): boolean {
  return line.hints?.bold === true || line.formattedLead >= line.text.length
}

function isLeadLine(reading: Reading, index: number): boolean {
  const line = reading.items[index] as Line
  if (!/[。！!]$/u.test(line.text) || leadSentenceLength(line.text) !== line.text.length) {
    return false
  }
  return isWholeBold(line) || isProseItem(reading, nextLineIndex(reading, index))
}

/** Length of a lead-shaped first sentence including its final 。 or ！ (or a 【…】 lead), or 0. */
function leadSentenceLength(text: string): number {
  const bracketed = bracketedLead.exec(text)
  if (bracketed) {
    return isLeadCore(bracketed[1]) ? bracketed[0].length : 0
  }
  const prefix = leadNumbering.exec(text)?.[0] ?? ''
  let depth = 0
  for (let index = prefix.length; index < text.length; index++) {
    const character = text[index]
    if (openingBrackets.includes(character)) {
      depth++
    } else if (closingBrackets.includes(character)) {
      depth = Math.max(depth - 1, 0)
    } else if (depth > 0) {
      continue
    } else if (character === '。' || character === '！' || character === '!') {
      return isLeadCore(text.slice(prefix.length, index)) ? index + 1 : 0
    } else if (leadClauseBreaks.includes(character)) {
      return 0
    }
  }
  return 0
}

function isLeadCore(core: string): boolean {
  return (
    core.length >= 4 && core.length <= 20 && countHan(core) >= 4 && !proseOpening.test(core.trim())
  )
}

function isHeadingShaped(style: BodyStyle, line: Line): boolean {
  const { text } = line
  if (countLetters(text) < 2) {
    return false
  }
  if (isFormattedHeading(style, line)) {
    return true
  }
  if (sentenceFinal.test(text)) {
    return false
  }
  if (numberingRank(text) !== undefined) {
    return text.length <= 40
  }
  return (text.length <= 30 || parallelHeading.test(text)) && countHan(text) >= 4
}

function isFormattedHeading(style: BodyStyle, line: Line): boolean {
  const { hints, text } = line
  if (!hints) {
    return false
  }
  if (hints.headingLevel !== undefined) {
    return true
  }
  if (text.length > 60 || hasPartialFormattedLead(line)) {
    return false
  }
  if (isWholeBold(line)) {
    return true
  }
  return !isTextProse(text) && (isLargerThanBody(style, hints) || isDisplayFamily(style, hints))
}

function isLargerThanBody(style: BodyStyle, hints: ParagraphHints): boolean {
  return (
    hints.fontSizePt !== undefined &&
    style.fontSizePt !== undefined &&
    hints.fontSizePt > style.fontSizePt + 0.5
  )
}

function isDisplayFamily(style: BodyStyle, hints: ParagraphHints): boolean {
  const family = hints.fontFamily
  return family !== undefined && family !== style.fontFamily && /黑|粗|hei|bold/iu.test(family)
}

function isTextProse(text: string): boolean {
  return text.length > 40 || (text.length > 20 && sentenceFinal.test(text))
}

function isDisplayFormatted(style: BodyStyle, line: Line): boolean {
  const { hints } = line
  if (!hints) {
    return false
  }
  if (hints.headingLevel !== undefined) {
    return true
  }
  return (
    line.text.length <= 60 &&
    (isWholeBold(line) || isLargerThanBody(style, hints) || hints.align === 'center')
  )
}

function isProse(style: BodyStyle, item: Item): boolean {
  return (
    item.kind === 'paragraph' &&
    isTextProse(item.text) &&
    !editorsNote.test(item.text) &&
    !isDisplayFormatted(style, item)
  )
}

function isProseItem(reading: Reading, index: number | undefined): boolean {
  return index !== undefined && isProse(reading.style, reading.items[index])
}

function nextLineIndex(reading: Reading, index: number): number | undefined {
  for (let next = index + 1; next < reading.creditsStart; next++) {
    if (reading.items[next].kind === 'paragraph') {
      return next
    }
  }
  return undefined
}

function numberingRank(text: string): number | undefined {
  const rank = headingNumberings.findIndex((pattern) => pattern.test(text))
  return rank < 0 ? undefined : rank
}

function findFirstProse(reading: Reading): number {
  for (let index = 0; index < reading.creditsStart; index++) {
    if (isProse(reading.style, reading.items[index])) {
      return index
    }
  }
  return reading.creditsStart
}

function readFrontMatter(
  reading: Reading,
  roles: (Role | undefined)[],
  firstProse: number,
): FrontMatter {
  const lines = lineIndices(reading.items, 0, firstProse)
  const textAt = (position: number) => (reading.items[lines[position]] as Line).text
  const dashAt = findLastPosition(
    lines.length,
    (position) => subtitleDash.test(textAt(position)) && !trailingDash.test(textAt(position)),
  )
  if (dashAt !== undefined) {
    const title = dashAt > 0 ? lines[dashAt - 1] : undefined
    return { title, subtitle: lines[dashAt], bodyStart: lines[dashAt] + 1 }
  }
  let last = lines.length - 1
  while (last >= 0 && isFrontTail(reading, roles, lines, last, firstProse)) {
    last--
  }
  if (last < 0) {
    return { bodyStart: 0 }
  }
  const candidate = reading.items[lines[last]] as Line
  const previous = last > 0 ? (reading.items[lines[last - 1]] as Line) : undefined
  if (previous && isHintedSubtitle(reading.style, previous, candidate)) {
    return { title: lines[last - 1], subtitle: lines[last], bodyStart: lines[last] + 1 }
  }
  return { title: lines[last], bodyStart: lines[last] + 1 }
}

function lineIndices(items: Item[], start: number, end: number): number[] {
  const indices: number[] = []
  for (let index = start; index < end; index++) {
    if (items[index].kind === 'paragraph') {
      indices.push(index)
    }
  }
  return indices
}

function findLastPosition(count: number, matches: (position: number) => boolean) {
  for (let position = count - 1; position >= 0; position--) {
    if (matches(position)) {
      return position
    }
  }
  return undefined
}

/** Whether the front line at `position` already belongs to the body (the report has no lead). */
function isFrontTail(
  reading: Reading,
  roles: (Role | undefined)[],
  lines: number[],
  position: number,
  firstProse: number,
): boolean {
  const line = reading.items[lines[position]] as Line
  if (isCreditsLine(line.text, 'strong') || editorsNote.test(line.text)) {
    return true
  }
  if (numberingRank(line.text) !== undefined && roles[lines[position]]?.kind === 'heading') {
    return true
  }
  if (position === 0) {
    return false
  }
  const previous = reading.items[lines[position - 1]] as Line
  if (
    isFormattedHeading(reading.style, line) &&
    line.hints?.align !== 'center' &&
    previous.hints?.align === 'center'
  ) {
    return true
  }
  return isShapedLikeLaterHeadings(reading, roles, line, previous, firstProse)
}

function isShapedLikeLaterHeadings(
  reading: Reading,
  roles: (Role | undefined)[],
  line: Line,
  previous: Line,
  firstProse: number,
): boolean {
  const followedBySubsection =
    opensSubsection(roles, firstProse) || opensSubsection(roles, nextLineIndex(reading, firstProse))
  if (!followedBySubsection) {
    return false
  }
  const headings: string[] = []
  for (let index = firstProse + 1; index < reading.creditsStart; index++) {
    if (roles[index]?.kind === 'heading') {
      headings.push((reading.items[index] as Line).text)
    }
  }
  const signature = headingSignature(line.text)
  if (
    headings.length < 2 ||
    headings.some((text) => headingSignature(text) !== signature) ||
    headingSignature(previous.text) === signature
  ) {
    return false
  }
  const lengths = headings.map((text) => text.length)
  return (
    line.text.length >= Math.min(...lengths) - 3 && line.text.length <= Math.max(...lengths) + 3
  )
}

function opensSubsection(roles: (Role | undefined)[], index: number | undefined): boolean {
  const kind = index === undefined ? undefined : roles[index]?.kind
  return kind === 'leadParagraph' || kind === 'leadLine'
}

function headingSignature(text: string): string {
  return [numberingRank(text) ?? '-', /[，,]/u.test(text), /\s/u.test(text)].join('|')
}

/** A centred line after a more prominent one; a line still larger than body text is not. */
function isHintedSubtitle(style: BodyStyle, previous: Line, line: Line): boolean {
  const size = line.hints?.fontSizePt
  const titleSized =
    size !== undefined && style.fontSizePt !== undefined && size > style.fontSizePt + 2
  return (
    line.hints?.align === 'center' && !titleSized && isMoreProminent(previous.hints, line.hints)
  )
}

function isMoreProminent(first: ParagraphHints | undefined, second: ParagraphHints | undefined) {
  const firstSize = first?.fontSizePt
  const secondSize = second?.fontSizePt
  if (firstSize !== undefined && secondSize !== undefined && firstSize !== secondSize) {
    return firstSize > secondSize
  }
  const firstLevel = first?.headingLevel
  const secondLevel = second?.headingLevel
  return firstLevel !== undefined && (secondLevel === undefined || secondLevel > firstLevel)
}

function findLeadIndex(
  roles: (Role | undefined)[],
  bodyStart: number,
  firstProse: number,
  creditsStart: number,
): number | undefined {
  if (firstProse >= creditsStart) {
    return undefined
  }
  for (let index = bodyStart; index < firstProse; index++) {
    const kind = roles[index]?.kind
    if (kind !== undefined && kind !== 'body') {
      return undefined
    }
  }
  return firstProse
}

function findClosingStart(
  reading: Reading,
  roles: (Role | undefined)[],
  bodyStart: number,
  leadIndex: number | undefined,
): number {
  const { items, creditsStart, style } = reading
  let last: number | undefined
  for (let index = creditsStart - 1; index >= bodyStart && last === undefined; index--) {
    if (isProse(style, items[index])) {
      last = index
    }
  }
  if (
    last === undefined ||
    last === leadIndex ||
    !hasBodyText(roles[last]) ||
    leadSentenceLength((items[last] as Line).text) > 0
  ) {
    return creditsStart
  }
  for (let index = last - 1; index >= bodyStart; index--) {
    if (items[index].kind === 'paragraph') {
      return hasBodyText(roles[index]) ? last : creditsStart
    }
  }
  return creditsStart
}

function hasBodyText(role: Role | undefined): boolean {
  return role?.kind === 'body' || role?.kind === 'leadParagraph'
}

function addFrontMatter(builder: OutlineBuilder, items: Item[], front: FrontMatter) {
  for (let index = 0; index < front.bodyStart; index++) {
    const item = items[index]
    if (item.kind === 'attachment') {
      builder.attach(item)
    } else if (index === front.title) {
      builder.start('title', item.text)
    } else if (index === front.subtitle) {
      builder.start('subtitle', item.text)
    } else {
      builder.addMastheadLine(item.text)
    }
  }
}

interface BodyRange {
  start: number
  end: number
  leadIndex: number | undefined
}

function addBody(
  builder: OutlineBuilder,
  reading: Reading,
  roles: (Role | undefined)[],
  range: BodyRange,
) {
  const { items } = reading
  const hasHeadings = roles.slice(range.start, range.end).some((role) => role?.kind === 'heading')
  const leadSizes = measureLeadSizes(reading, roles, range)
  for (let index = range.start; index < range.end; index++) {
    const item = items[index]
    if (item.kind === 'attachment') {
      builder.attach(item)
      continue
    }
    const role = roles[index] ?? { kind: 'body' }
    if (role.kind === 'heading') {
      builder.addHeadingLine(item)
      continue
    }
    if (role.kind === 'body') {
      const leadLength = index === range.leadIndex ? formattedLeadLength(item) : 0
      if (builder.isInHeadingIntro() && headingHasLeadLater(roles, index, range.end)) {
        addIntroParagraph(builder, item.text, leadSizes)
      } else {
        builder.paragraph(item.text, leadLength)
      }
      continue
    }
    const leadLength = role.kind === 'leadLine' ? item.text.length : role.leadLength
    if (builder.isInLineSubsection()) {
      builder.paragraph(item.text, leadLength)
    } else if (builder.isBeforeFirstHeading() && hasHeadings) {
      builder.paragraph(item.text, formattedLeadLength(item))
    } else {
      builder.startLeadSubsection(item.text, leadLength)
    }
  }
}

function formattedLeadLength(line: Line): number {
  return hasPartialFormattedLead(line) ? line.formattedLead : 0
}

function headingHasLeadLater(roles: (Role | undefined)[], index: number, end: number): boolean {
  for (let next = index + 1; next < end; next++) {
    const kind = roles[next]?.kind
    if (kind === 'heading') {
      return false
    }
    if (kind === 'leadLine' || kind === 'leadParagraph') {
      return true
    }
  }
  return false
}

function addIntroParagraph(
  builder: OutlineBuilder,
  text: string,
  leadSizes: LeadSizes | undefined,
) {
  const split = leadSizes && findRunInLead(text, leadSizes)
  if (!split) {
    builder.paragraph(text, 0)
    return
  }
  builder.paragraph(split.intro, 0)
  builder.startLeadSubsection(split.rest, split.leadLength)
}

function measureLeadSizes(
  reading: Reading,
  roles: (Role | undefined)[],
  range: BodyRange,
): LeadSizes | undefined {
  const sizes: number[] = []
  for (let index = range.start; index < range.end; index++) {
    const role = roles[index]
    const line = reading.items[index]
    const isLead = role?.kind === 'leadLine' || role?.kind === 'leadParagraph'
    if (line.kind !== 'paragraph' || !isLead) {
      continue
    }
    const leadLength = role.kind === 'leadLine' ? line.text.length : role.leadLength
    sizes.push(countHan(line.text.slice(0, leadLength).replace(leadNumbering, '')))
  }
  return sizes.length === 0 ? undefined : { min: Math.min(...sizes), max: Math.max(...sizes) }
}

interface RunInLead {
  intro: string
  rest: string
  leadLength: number
}

/** A lead sentence that lost its paragraph break, after the first or second sentence of `text`. */
function findRunInLead(text: string, sizes: LeadSizes): RunInLead | undefined {
  let sentencesBefore = 0
  for (const sentenceEnd of text.matchAll(/[。！？!?][”’」』）)]*/gu)) {
    sentencesBefore++
    if (sentencesBefore > 2) {
      return undefined
    }
    const start = sentenceEnd.index + sentenceEnd[0].length
    const intro = text.slice(0, start).trimEnd()
    const rest = text.slice(start).trimStart()
    const leadEnd = rest.search(/[。！!]/u)
    if (leadEnd < 0) {
      return undefined
    }
    const core = rest.slice(0, leadEnd)
    if (
      countLetters(intro) >= 10 &&
      countLetters(rest.slice(leadEnd + 1)) >= 10 &&
      isRunInCore(core, sizes)
    ) {
      return { intro, rest, leadLength: leadEnd + 1 }
    }
  }
  return undefined
}

function isRunInCore(core: string, sizes: LeadSizes): boolean {
  const han = countHan(core)
  return (
    runInCore.test(core) &&
    han >= Math.max(4, sizes.min - 2) &&
    han <= Math.min(12, sizes.max + 2) &&
    !proseOpening.test(core)
  )
}

function addClosing(
  builder: OutlineBuilder,
  reading: Reading,
  roles: (Role | undefined)[],
  closingStart: number,
) {
  const { items, creditsStart } = reading
  if (closingStart >= creditsStart) {
    return
  }
  const closing = items[closingStart] as Line
  const role = roles[closingStart]
  builder.start('closing', shortLabel(closing.text))
  builder.paragraph(closing.text, role?.kind === 'leadParagraph' ? role.leadLength : 0)
  addPlainItems(builder, items.slice(closingStart + 1, creditsStart))
}

function addCredits(builder: OutlineBuilder, reading: Reading) {
  const { items, creditsStart } = reading
  if (creditsStart >= items.length) {
    return
  }
  builder.start('credits', shortLabel((items[creditsStart] as Line).text))
  addPlainItems(builder, items.slice(creditsStart))
}

function addPlainItems(builder: OutlineBuilder, items: Item[]) {
  for (const item of items) {
    if (item.kind === 'attachment') {
      builder.attach(item)
    } else {
      builder.paragraph(item.text, 0)
    }
  }
}

/** The first clause of `text`, at most 16 characters: the title of a section without a line. */
function shortLabel(text: string): string {
  const clause = text.split(/[，。；！？,;!?]/u).find((part) => part.trim() !== '') ?? ''
  return Array.from(clause.trim()).slice(0, labelLength).join('')
}

function leadTitle(lead: string): string {
  const bracketed = bracketedLead.exec(lead.trim())
  return bracketed ? bracketed[1].trim() : lead.trim().replace(/[。！!，,；;：:]+$/u, '')
}

function countHan(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0
}

function countLetters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0
}

/** Collects sections in reading order and knows which one receives the next block. */
class OutlineBuilder {
  private readonly sections: DetectedSection[] = []
  private receiver: DetectedSection | undefined
  private lastReceiver: DetectedSection | undefined
  private pending: SourceAttachment[] = []
  private heading: { section: DetectedSection; line: Line } | undefined
  private inLineSubsection = false

  start(kind: SectionKind, title: string, parent?: DetectedSection): DetectedSection {
    const section: DetectedSection = { kind, title, blocks: [], children: [] }
    if (parent) {
      parent.children.push(section)
    } else {
      this.sections.push(section)
    }
    if (kind === 'title' || kind === 'subtitle') {
      this.receiver = undefined
      return section
    }
    section.blocks.push(...this.pending)
    this.pending = []
    this.receiver = section
    this.lastReceiver = section
    this.inLineSubsection = false
    return section
  }

  addMastheadLine(text: string) {
    if (this.receiver?.kind !== 'masthead') {
      this.start('masthead', shortLabel(text))
    }
    this.paragraph(text, 0)
  }

  addHeadingLine(line: Line) {
    if (this.heading && isDeeperHeading(line, this.heading.line)) {
      this.start('subsection', leadTitle(line.text), this.heading.section)
      this.paragraph(line.text, line.text.length)
      this.inLineSubsection = true
      return
    }
    this.heading = { section: this.start('heading', line.text), line }
  }

  startLeadSubsection(text: string, leadLength: number) {
    this.start('subsection', leadTitle(text.slice(0, leadLength)), this.heading?.section)
    this.paragraph(text, leadLength)
  }

  /** Adds a paragraph to the open section, opening the lead when none is open. */
  paragraph(text: string, leadLength: number) {
    const section = this.receiver ?? this.start('lead', shortLabel(text))
    section.blocks.push({ kind: 'paragraph', text, leadLength })
  }

  attach(attachment: SourceAttachment) {
    if (this.receiver) {
      this.receiver.blocks.push(attachment)
    } else {
      this.pending.push(attachment)
    }
  }

  isInHeadingIntro(): boolean {
    return this.heading !== undefined && this.receiver === this.heading.section
  }

  isInLineSubsection(): boolean {
    return this.inLineSubsection
  }

  isBeforeFirstHeading(): boolean {
    return this.heading === undefined
  }

  finish(): DetectedSection[] {
    if (this.pending.length > 0) {
      const section = this.lastReceiver ?? this.start('lead', '')
      section.blocks.push(...this.pending)
      this.pending = []
    }
    return this.sections
  }
}

function isDeeperHeading(line: Line, heading: Line): boolean {
  const level = line.hints?.headingLevel
  const headingLevel = heading.hints?.headingLevel
  if (level !== undefined && headingLevel !== undefined) {
    return level > headingLevel
  }
  const rank = numberingRank(line.text)
  if (rank === undefined) {
    return false
  }
  const headingRank = numberingRank(heading.text)
  return headingRank === undefined ? rank >= 1 : rank > headingRank
}
