import type { ParagraphHints } from '../source-paragraph'
import type { BodyStyle, Item, Line } from './read-lines'
import {
  anyCreditsLine,
  bracketedLead,
  bylineCreditsLine,
  closingBrackets,
  editorsNote,
  headingNumberings,
  knownRoleCreditsLine,
  leadClauseBreaks,
  leadNumbering,
  openingBrackets,
  parallelHeading,
  proseOpening,
  sentenceFinal,
  slashCreditsLine,
} from './structure-lexicon'
import {
  creditsLineMaxLength,
  displayLineMaxLength,
  headingMaxLength,
  headingMinHan,
  headingMinLetters,
  largerThanBodyPt,
  leadSentenceLength as leadLength,
  leadSentenceMinHan,
  numberedHeadingMaxLength,
  proseMinLength,
  punctuatedProseMinLength,
} from './structure-thresholds'

/** `strong` shapes are credits anywhere; `any` also accepts `某某：…` in the trailing run. */
export function isCreditsLine(text: string, strength: 'strong' | 'any'): boolean {
  if (text.length > creditsLineMaxLength || /[。！？；!?;]/u.test(text)) {
    return false
  }
  const strong =
    slashCreditsLine.test(text) || knownRoleCreditsLine.test(text) || bylineCreditsLine.test(text)
  return strong || (strength === 'any' && anyCreditsLine.test(text))
}

/** Whether formatting marks a bold run that stops before the line's end (a lead sentence). */
export function hasPartialFormattedLead(line: Line): boolean {
  return line.formattedLead > 0 && line.formattedLead < line.text.length
}

/** Whether the whole line is bold. */
export function isWholeBold(line: Line): boolean {
  return line.hints?.bold === true || line.formattedLead >= line.text.length
}

/** The bold lead run's length, or 0 when the line is not partly bold. */
export function formattedLeadLength(line: Line): number {
  return hasPartialFormattedLead(line) ? line.formattedLead : 0
}

/** Length of a lead-shaped first sentence including its final 。 or ！ (or a 【…】 lead), or 0. */
export function leadSentenceLength(text: string): number {
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
    core.length >= leadLength.min &&
    core.length <= leadLength.max &&
    countHan(core) >= leadSentenceMinHan &&
    !proseOpening.test(core.trim())
  )
}

/** Whether the line looks like a heading by its formatting or, failing that, by its text. */
export function isHeadingShaped(style: BodyStyle, line: Line): boolean {
  const { text } = line
  if (countLetters(text) < headingMinLetters) {
    return false
  }
  if (isFormattedHeading(style, line)) {
    return true
  }
  if (sentenceFinal.test(text)) {
    return false
  }
  if (numberingRank(text) !== undefined) {
    return text.length <= numberedHeadingMaxLength
  }
  return (
    (text.length <= headingMaxLength || parallelHeading.test(text)) &&
    countHan(text) >= headingMinHan
  )
}

/** Whether formatting makes the line a heading: a heading level, all bold, larger or 黑体. */
export function isFormattedHeading(style: BodyStyle, line: Line): boolean {
  const { hints, text } = line
  if (!hints) {
    return false
  }
  if (hints.headingLevel !== undefined) {
    return true
  }
  if (text.length > displayLineMaxLength || hasPartialFormattedLead(line)) {
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
    hints.fontSizePt > style.fontSizePt + largerThanBodyPt
  )
}

function isDisplayFamily(style: BodyStyle, hints: ParagraphHints): boolean {
  const family = hints.fontFamily
  return family !== undefined && family !== style.fontFamily && /黑|粗|hei|bold/iu.test(family)
}

function isTextProse(text: string): boolean {
  return (
    text.length > proseMinLength ||
    (text.length > punctuatedProseMinLength && sentenceFinal.test(text))
  )
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
    line.text.length <= displayLineMaxLength &&
    (isWholeBold(line) || isLargerThanBody(style, hints) || hints.align === 'center')
  )
}

/** Whether the item is a paragraph of running text: long, not a note, not display-formatted. */
export function isProse(style: BodyStyle, item: Item): boolean {
  return (
    item.kind === 'paragraph' &&
    isTextProse(item.text) &&
    !editorsNote.test(item.text) &&
    !isDisplayFormatted(style, item)
  )
}

/** The depth of the line's heading number (0 for 一、, 1 for （一）…), if it has one. */
export function numberingRank(text: string): number | undefined {
  const rank = headingNumberings.findIndex((pattern) => pattern.test(text))
  return rank < 0 ? undefined : rank
}

/** The Han characters in `text`. */
export function countHan(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0
}

/** The letters and digits in `text`, of any script. */
export function countLetters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0
}
