import type { ParagraphHints } from '../source-paragraph'
import type { Role } from './classify-lines'
import { isCreditsLine, isFormattedHeading, numberingRank } from './line-shapes'
import type { BodyStyle, Item, Line, Reading } from './read-lines'
import { nextLineIndex } from './read-lines'
import { editorsNote, subtitleDash, trailingDash } from './structure-lexicon'
import {
  headingLengthTolerance,
  laterHeadingsToCompare,
  titleSizedPt,
} from './structure-thresholds'

/** Indices of the title and subtitle lines, if any, and of the first item of the body. */
export interface FrontMatter {
  title?: number
  subtitle?: number
  bodyStart: number
}

/**
 * Pass 2: the lines before the first prose paragraph: masthead, title and subtitle, and where the
 * body starts.
 */
export function readFrontMatter(
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
    headings.length < laterHeadingsToCompare ||
    headings.some((text) => headingSignature(text) !== signature) ||
    headingSignature(previous.text) === signature
  ) {
    return false
  }
  const lengths = headings.map((text) => text.length)
  return (
    line.text.length >= Math.min(...lengths) - headingLengthTolerance &&
    line.text.length <= Math.max(...lengths) + headingLengthTolerance
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
    size !== undefined && style.fontSizePt !== undefined && size > style.fontSizePt + titleSizedPt
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
