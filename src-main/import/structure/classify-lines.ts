import type { Reading, Line } from './read-lines'
import { isProseItem, nextLineIndex } from './read-lines'
import {
  countLetters,
  hasPartialFormattedLead,
  isCreditsLine,
  isHeadingShaped,
  isWholeBold,
  leadSentenceLength,
} from './line-shapes'
import { captionOpening } from './structure-lexicon'

/** What a line is on its own: a heading, a lead sentence alone or opening a paragraph, or body text. */
export type Role =
  | { kind: 'heading' }
  | { kind: 'leadLine' }
  | { kind: 'leadParagraph'; leadLength: number }
  | { kind: 'body' }

/** Pass 1: what each line is on its own, before its place in the report is weighed. */
export function classifyLines(reading: Reading): (Role | undefined)[] {
  return reading.items.map((_, index) => classifyLine(reading, index))
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

function isLeadLine(reading: Reading, index: number): boolean {
  const line = reading.items[index] as Line
  if (!/[。！!]$/u.test(line.text) || leadSentenceLength(line.text) !== line.text.length) {
    return false
  }
  return isWholeBold(line) || isProseItem(reading, nextLineIndex(reading, index))
}
