import { rangeDashes } from '../shared/extraction/lexicon'
import { digitValueAt, readArabicNumber } from '../shared/extraction/read-arabic-number'
import type { CheckFinding, CheckSeverity } from '../shared/checks/check-finding'
import type { CheckMessageKey } from '../shared/checks/check-message'
import { isHanCharacter } from './is-han-character'
import { toHalfWidthDigits } from './to-half-width-digits'
import { createFinding } from './create-finding'

const fullWidthOf: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '.': '。',
  '(': '（',
  ')': '）',
}
/** Marks only Chinese typesetting uses; “” and ‘’ are shared with English and left out. */
const chineseOnlyMarks = new Set('，。、；：？！（）《》【】「」『』〈〉〔〕…～')
const closingMarks = new Set('”’》）】」』')
const sentenceMarks = new Set('，。、；：！？')
/** Opening and closing marks by the kind of pair they belong to; ( pairs with ） as well. */
const openerKinds: Record<string, string> = {
  '“': '“',
  '‘': '‘',
  '《': '《',
  '（': '（',
  '(': '（',
  '【': '【',
}
const closerKinds: Record<string, string> = {
  '”': '“',
  '’': '‘',
  '》': '《',
  '）': '（',
  ')': '（',
  '】': '【',
}
const partners: Record<string, string> = {
  '“': '”',
  '”': '“',
  '‘': '’',
  '’': '‘',
  '《': '》',
  '》': '《',
  '（': '）',
  '）': '（',
  '【': '】',
  '】': '【',
}
const rangeDashChars = new Set(rangeDashes)
const magnitudeSuffixes = new Set('万亿%％‰')
const notBeforeRange = new Set('.．/\\-－–—_:：#@ \t')
const urlChars = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/
const emailLocalChars = /[A-Za-z0-9._%+-]/
const emailDomainChars = /[A-Za-z0-9.-]/
const spaces = new Set(' \t\u3000\r')

interface Bracket {
  char: string
  index: number
  kind: string
}

interface Context {
  text: string
  findings: CheckFinding[]
  /** Characters inside URLs and e-mail addresses, which keep their ASCII punctuation. */
  inLink: Uint8Array
  /** hanCounts[i]: Chinese characters before offset i, to ask whether a span holds any. */
  hanCounts: Uint32Array
}

function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char)
}

function isDigitChar(char: string | undefined): boolean {
  return char !== undefined && digitValueAt(char, 0) >= 0
}

function isChineseContext(char: string | undefined): boolean {
  return isHanCharacter(char) || (char !== undefined && chineseOnlyMarks.has(char))
}

function report(
  context: Context,
  severity: CheckSeverity,
  key: CheckMessageKey,
  params: Record<string, string>,
  start: number,
  end: number,
  suggestion?: string,
): void {
  context.findings.push(
    createFinding('punctuation', severity, key, params, { start, end }, suggestion),
  )
}

function markLinks(text: string): Uint8Array {
  const inLink = new Uint8Array(text.length)
  for (const match of text.matchAll(/https?:\/\/|www\./gi)) {
    const start = match.index
    if (inLink[start]) {
      continue
    }
    let end = start + match[0].length
    while (end < text.length && urlChars.test(text[end])) {
      end++
    }
    // A mark right after a link belongs to the sentence: 见www.gov.cn. or (www.gov.cn)
    while (end > start && '.,;:!?)'.includes(text[end - 1])) {
      end--
    }
    inLink.fill(1, start, end)
  }
  let at = text.indexOf('@')
  while (at >= 0) {
    let start = at
    while (start > 0 && emailLocalChars.test(text[start - 1])) {
      start--
    }
    let end = at + 1
    while (end < text.length && emailDomainChars.test(text[end])) {
      end++
    }
    while (end > at + 1 && text[end - 1] === '.') {
      end--
    }
    if (start < at && text.slice(at + 1, end).includes('.')) {
      inLink.fill(1, start, end)
    }
    at = text.indexOf('@', at + 1)
  }
  return inLink
}

function countHan(text: string): Uint32Array {
  const counts = new Uint32Array(text.length + 1)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const han = (code >= 0x4e00 && code <= 0x9fff) || isHanCharacter(text[index])
    counts[index + 1] = counts[index] + (han ? 1 : 0)
  }
  return counts
}

function hasHanBetween(context: Context, open: number, close: number): boolean {
  return context.hanCounts[close] - context.hanCounts[open + 1] > 0
}

/** Where a mark's replacement ends: spaces after a half-width mark go with it. */
function endAfterSpaces(text: string, index: number, paragraphEnd: number): number {
  let end = index + 1
  while (end < paragraphEnd && text[end] === ' ') {
    end++
  }
  return end
}

function reportHalfWidth(context: Context, index: number, paragraphEnd: number): void {
  const mark = context.text[index]
  const suggestion = fullWidthOf[mark]
  const isParenthesis = mark === '(' || mark === ')'
  const end = isParenthesis ? index + 1 : endAfterSpaces(context.text, index, paragraphEnd)
  report(context, 'warning', 'punctuation.halfWidth', { mark, suggestion }, index, end, suggestion)
}

/**
 * A half-width , ; : ? ! next to a Chinese character or Chinese-only mark. Between Latin
 * letters or digits (5G, 10:30, 1,200) they stay.
 */
function checkHalfWidthMark(context: Context, index: number, paragraphEnd: number): void {
  const { text } = context
  if (isChineseContext(text[index - 1]) || isChineseContext(text[index + 1])) {
    reportHalfWidth(context, index, paragraphEnd)
  }
}

/**
 * A "." that ends a Chinese sentence: after a Chinese character, a closing mark or %, or after a
 * number that follows a Chinese character when a Chinese character or the paragraph end comes
 * next ("共计100.同时"). Decimal points (10.5), abbreviations (A.M.) and list numbers ("1.坚持"
 * at a paragraph start or after a mark, as GB/T 15834 writes Arabic ordinals) stay. Three or
 * more dots next to Chinese text are an ellipsis, "……". Returns the index of the run's last dot.
 */
function checkPeriods(context: Context, index: number, paragraphEnd: number): number {
  const { text } = context
  let runEnd = index
  while (runEnd < paragraphEnd && text[runEnd] === '.') {
    runEnd++
  }
  const previous = text[index - 1]
  const next = text[runEnd]
  if (runEnd - index >= 3) {
    if (isHanCharacter(previous) || isHanCharacter(next) || closingMarks.has(previous ?? '')) {
      const mark = text.slice(index, runEnd)
      report(context, 'warning', 'punctuation.ellipsis', { mark }, index, runEnd, '……')
    }
    return runEnd - 1
  }
  if (runEnd - index === 2 || isDigitChar(next) || isLatinLetter(next)) {
    return runEnd - 1
  }
  let endsSentence =
    isHanCharacter(previous) ||
    closingMarks.has(previous ?? '') ||
    previous === '%' ||
    previous === '％'
  if (!endsSentence && isDigitChar(previous)) {
    let numberStart = index - 1
    while (isDigitChar(text[numberStart - 1])) {
      numberStart--
    }
    const nextIsEnd = index + 1 >= paragraphEnd || isHanCharacter(next)
    endsSentence = isHanCharacter(text[numberStart - 1]) && nextIsEnd
  }
  if (endsSentence) {
    reportHalfWidth(context, index, paragraphEnd)
  }
  return index
}

/** The number ending just before `end`, allowing one 万/亿/% after it: [start, digits]. */
function numberBefore(text: string, end: number): [number, string] | undefined {
  let numberEnd = end
  if (text.startsWith('万亿', end - 2)) {
    numberEnd -= 2
  } else if (magnitudeSuffixes.has(text[end - 1] ?? '')) {
    numberEnd--
  }
  let start = numberEnd
  while (
    isDigitChar(text[start - 1]) ||
    ((text[start - 1] === '.' || text[start - 1] === '．') && isDigitChar(text[start - 2]))
  ) {
    start--
  }
  if (start === numberEnd || !isDigitChar(text[start])) {
    return undefined
  }
  return [start, text.slice(start, numberEnd)]
}

function hasLeadingZero(digits: string): boolean {
  return digits.length > 1 && digits[0] === '0' && digits[1] !== '.' && digits[1] !== '．'
}

function isYear(digits: string): boolean {
  const value = Number(digits)
  return /^\d{4}$/.test(digits) && value >= 1900 && value <= 2099
}

/**
 * A hyphen, ~, 〜, － or – between the ends of an ascending range of numbers: GB/T 15834 marks a
 * range of values with ～ and a span of time with the one-em dash —, so "3-5个" → "3～5个" while
 * "2024-2025年" → "2024—2025年" and "1-3月" → "1—3月" (～ there is accepted too). A single —
 * in a range of values is a note only, as GB/T 15835 allows it for ranges. Left alone: negative
 * numbers (-5℃), all-digit dates (2025-01-01, allowed by both standards), phone numbers and codes
 * (leading zeros, chains such as 138-1234-5678, a letter or space before: GB/T 15834-2011), times,
 * and descending pairs such as scores (3-1).
 */
function checkRangeDash(context: Context, index: number): void {
  const { text } = context
  const dash = text[index]
  if (dash === '—' && (text[index - 1] === '—' || text[index + 1] === '—')) {
    return
  }
  const left = numberBefore(text, index)
  if (!left || !isDigitChar(text[index + 1])) {
    return
  }
  const [start, low] = left
  const right = readArabicNumber(text, index + 1)
  const high = text.slice(index + 1, right.end)
  const after = text[right.end]
  const chained = rangeDashChars.has(after ?? '') && isDigitChar(text[right.end + 1])
  const blocked =
    isLatinLetter(text[start - 1]) ||
    notBeforeRange.has(text[start - 1] ?? '') ||
    isLatinLetter(after) ||
    chained ||
    after === ':' ||
    after === '：' ||
    after === '/' ||
    hasLeadingZero(low) ||
    hasLeadingZero(high) ||
    Number(toHalfWidthDigits(low)) >= Number(toHalfWidthDigits(high))
  if (blocked) {
    return
  }
  const written = text.slice(start, right.end)
  const years = isYear(low) && isYear(high) && start + low.length === index
  const monthsOrDays = (after === '月' || after === '日') && start + low.length === index
  if (years || monthsOrDays) {
    if (dash !== '—') {
      const params = { text: written, suggestion: `${low}—${high}` }
      report(context, 'warning', 'punctuation.timeRangeDash', params, index, index + 1, '—')
    }
    return
  }
  const params = { text: written, suggestion: `${text.slice(start, index)}～${high}` }
  if (dash === '—') {
    report(context, 'info', 'punctuation.rangeEmDash', params, index, index + 1, '～')
    return
  }
  report(context, 'warning', 'punctuation.rangeDash', params, index, index + 1, '～')
}

/**
 * A run of two or more of ，。、；：！？. The same mark twice is a slip (，， → ，); 。。。 is
 * meant as an ellipsis; ！！ and ？？ are allowed in literary text by GB/T 15834 but not in a
 * report (info); ？！ is the standard's own combination; other mixes (，。) need a person to pick
 * one. Returns the index of the run's last mark.
 */
function checkMarkRun(context: Context, index: number, paragraphEnd: number): number {
  const { text } = context
  let end = index
  while (end < paragraphEnd && sentenceMarks.has(text[end])) {
    end++
  }
  if (end - index < 2) {
    return index
  }
  const run = text.slice(index, end)
  const mark = run[0]
  const params = { text: run, mark, suggestion: mark }
  if ([...run].every((char) => char === mark)) {
    if (mark === '！' || mark === '？') {
      report(context, 'info', 'punctuation.emphatic', params, index, end, mark)
    } else if (mark === '。' && run.length >= 3) {
      report(context, 'warning', 'punctuation.repeatedPeriods', params, index, end, '……')
    } else {
      report(context, 'error', 'punctuation.repeated', params, index, end, mark)
    }
  } else if (run !== '？！') {
    report(context, 'warning', 'punctuation.stacked', params, index, end)
  }
  return end - 1
}

/** "“四宜”、“五化”": no 、 between items set off by quotes or title marks (GB/T 15834). */
function checkQuotedListComma(context: Context, index: number): void {
  const { text } = context
  const before = text[index - 1]
  const after = text[index + 1]
  if ('”’》'.includes(before ?? '_') && '“‘《'.includes(after ?? '_')) {
    const written = text.slice(index - 1, index + 2)
    const suggestion = `${before}${after}`
    const params = { text: written, suggestion }
    const [start, end] = [index - 1, index + 2]
    report(context, 'warning', 'punctuation.quotedListComma', params, start, end, suggestion)
  }
}

/** Straight quotes paired in order; a pair in Chinese text becomes “” (or ‘’). */
function checkStraightQuotes(context: Context, quotes: number[], curly: [string, string]): void {
  const { text } = context
  for (let pair = 0; pair + 1 < quotes.length; pair += 2) {
    const open = quotes[pair]
    const close = quotes[pair + 1]
    const chinese =
      hasHanBetween(context, open, close) ||
      isHanCharacter(text[open - 1]) ||
      isHanCharacter(text[close + 1])
    if (chinese) {
      const mark = text[open]
      const [opening, closing] = curly
      const openParams = { mark, suggestion: opening }
      const closeParams = { mark, suggestion: closing }
      const key = 'punctuation.straightQuote'
      report(context, 'warning', key, openParams, open, open + 1, opening)
      report(context, 'warning', key, closeParams, close, close + 1, closing)
    }
  }
  if (quotes.length % 2 === 1) {
    const last = quotes[quotes.length - 1]
    if (isHanCharacter(text[last - 1]) || isHanCharacter(text[last + 1])) {
      const params = { mark: text[last] }
      report(context, 'warning', 'punctuation.straightQuoteUnpaired', params, last, last + 1)
    }
  }
}

function reportUnpaired(context: Context, bracket: Bracket, paragraphEnd: number): void {
  const { text } = context
  if (bracket.char === '(' || bracket.char === ')') {
    const index = bracket.index
    if (isHanCharacter(text[index - 1]) || isHanCharacter(text[index + 1])) {
      reportHalfWidth(context, index, paragraphEnd)
    }
    return
  }
  const params = { mark: bracket.char, partner: partners[bracket.char] }
  report(context, 'error', 'punctuation.unpaired', params, bracket.index, bracket.index + 1)
}

/** A matched pair; half-width parentheses around Chinese text, or paired with （）, become （）. */
function closePair(
  context: Context,
  open: Bracket,
  closeIndex: number,
  paragraphEnd: number,
): void {
  const { text } = context
  const openAscii = open.char === '('
  const closeAscii = text[closeIndex] === ')'
  if (!openAscii && !closeAscii) {
    return
  }
  const chinese = hasHanBetween(context, open.index, closeIndex) || openAscii !== closeAscii
  if (!chinese) {
    return
  }
  if (openAscii) {
    reportHalfWidth(context, open.index, paragraphEnd)
  }
  if (closeAscii) {
    reportHalfWidth(context, closeIndex, paragraphEnd)
  }
}

/** Open marks of a paragraph, with how many of each kind are open so a stray closer costs O(1). */
class BracketStack {
  readonly brackets: Bracket[] = []
  private readonly openCounts = new Map<string, number>()

  push(bracket: Bracket): void {
    this.brackets.push(bracket)
    this.openCounts.set(bracket.kind, (this.openCounts.get(bracket.kind) ?? 0) + 1)
  }

  /** The innermost open mark of `kind` and the marks opened after it (left unclosed), if any. */
  close(kind: string): { open: Bracket; unclosed: Bracket[] } | undefined {
    if (!this.openCounts.get(kind)) {
      return undefined
    }
    let match = this.brackets.length - 1
    while (this.brackets[match].kind !== kind) {
      match--
    }
    const unclosed = this.brackets.splice(match + 1)
    const open = this.brackets.pop() as Bracket
    for (const bracket of [...unclosed, open]) {
      this.openCounts.set(bracket.kind, (this.openCounts.get(bracket.kind) ?? 1) - 1)
    }
    return { open, unclosed }
  }
}

function closeBracket(
  context: Context,
  stack: BracketStack,
  index: number,
  kind: string,
  paragraphEnd: number,
): void {
  const closed = stack.close(kind)
  if (!closed) {
    reportUnpaired(context, { char: context.text[index], index, kind }, paragraphEnd)
    return
  }
  for (const unclosed of closed.unclosed) {
    reportUnpaired(context, unclosed, paragraphEnd)
  }
  closePair(context, closed.open, index, paragraphEnd)
}

function firstVisible(text: string, start: number, end: number): number {
  let index = start
  while (index < end && spaces.has(text[index])) {
    index++
  }
  return index
}

function checkParagraph(
  context: Context,
  start: number,
  end: number,
  nextOpensWithQuote: boolean,
): void {
  const { text, inLink } = context
  const stack = new BracketStack()
  const doubleQuotes: number[] = []
  const singleQuotes: number[] = []
  for (let index = start; index < end; index++) {
    // Most characters are Chinese and need nothing: skip them without making strings.
    const code = text.charCodeAt(index)
    if ((code >= 0x4e00 && code <= 0x9fff) || inLink[index]) {
      continue
    }
    const char = text[index]
    const openerKind = openerKinds[char]
    const closerKind = closerKinds[char]
    const apostrophe = isLatinLetter(text[index - 1]) && isLatinLetter(text[index + 1])
    if (openerKind !== undefined) {
      stack.push({ char, index, kind: openerKind })
    } else if (closerKind !== undefined) {
      if (!(char === '’' && apostrophe)) {
        closeBracket(context, stack, index, closerKind, end)
      }
    } else if (char in fullWidthOf) {
      if (char === '.') {
        index = checkPeriods(context, index, end)
      } else {
        checkHalfWidthMark(context, index, end)
      }
    } else if (char === '"') {
      doubleQuotes.push(index)
    } else if (char === "'") {
      if (!apostrophe && !isDigitChar(text[index - 1])) {
        singleQuotes.push(index)
      }
    } else if (rangeDashChars.has(char)) {
      checkRangeDash(context, index)
    } else if (sentenceMarks.has(char)) {
      if (char === '、') {
        checkQuotedListComma(context, index)
      }
      if (index === start || !sentenceMarks.has(text[index - 1])) {
        index = checkMarkRun(context, index, end)
      }
    }
  }
  // GB/T 15834: a quotation over several paragraphs opens each one with “ and closes only once.
  const openingQuote = firstVisible(text, start, end)
  stack.brackets.forEach((bracket, position) => {
    const continued =
      position === 0 && bracket.char === '“' && bracket.index === openingQuote && nextOpensWithQuote
    if (!continued) {
      reportUnpaired(context, bracket, end)
    }
  })
  checkStraightQuotes(context, doubleQuotes, ['“', '”'])
  checkStraightQuotes(context, singleQuotes, ['‘', '’'])
}

function paragraphsOf(text: string): [number, number][] {
  const paragraphs: [number, number][] = []
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const lineEnd = newline < 0 ? text.length : newline
    const end = text[lineEnd - 1] === '\r' && lineEnd > start ? lineEnd - 1 : lineEnd
    paragraphs.push([start, end])
    start = lineEnd + 1
  }
  return paragraphs
}

/**
 * Punctuation under GB/T 15834-2011 (标点符号用法) in plain text, paragraph by paragraph (one per
 * line): half-width , . ; : ? ! ( ) in Chinese sentences, unpaired “” ‘’ 《》 （） 【】 within a
 * paragraph, straight quotes in Chinese text, repeated and stacked marks, wrong dashes in ranges
 * and 、 between quoted items. URLs and e-mail addresses are skipped. Findings are in text order.
 */
export function checkPunctuation(text: string): CheckFinding[] {
  const context: Context = {
    text,
    findings: [],
    inLink: markLinks(text),
    hanCounts: countHan(text),
  }
  const paragraphs = paragraphsOf(text)
  let nextVisible = -1
  const opensWithQuote = paragraphs.map(([start, end]) => {
    const first = firstVisible(text, start, end)
    return first < end ? text[first] === '“' : undefined
  })
  const nextOpensWithQuote: boolean[] = Array.from({ length: paragraphs.length }, () => false)
  for (let index = paragraphs.length - 1; index >= 0; index--) {
    nextOpensWithQuote[index] = nextVisible >= 0 ? opensWithQuote[nextVisible] === true : false
    if (opensWithQuote[index] !== undefined) {
      nextVisible = index
    }
  }
  paragraphs.forEach(([start, end], index) => {
    checkParagraph(context, start, end, nextOpensWithQuote[index])
  })
  return context.findings.sort((a, b) => a.start - b.start || b.end - a.end)
}
