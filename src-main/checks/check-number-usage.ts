import figureWords from '../shared/extraction/figure-words.json'
import { rangeHyphens, rangeMark, rangeSeparatorAt, rangeWords } from '../shared/extraction/lexicon'
import {
  chineseDigitValue,
  formatChineseDigits,
  formatChineseInteger,
  isChineseNumeralChar,
  parseChineseNumeral,
} from '../shared/extraction/numerals'
import type { ArabicNumber } from '../shared/extraction/read-arabic-number'
import { digitValueAt, readArabicNumber } from '../shared/extraction/read-arabic-number'
import { WordList } from '../shared/extraction/word-list'
import type { CheckFinding, CheckSeverity } from '../shared/checks/check-finding'
import type { CheckMessageKey } from '../shared/checks/check-message'
import { toHalfWidthDigits } from './to-half-width-digits'
import { createFinding } from './create-finding'
import shortYearWords from './short-year-words.json'

const magnitudes: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
]
const sectionUnits: Record<string, number> = { 千: 1000, 百: 100 }
/** Units that start with 千 or 百: 3千米 is three kilometres, not 3000米. */
const unitWords = new WordList('千米 千瓦 千克 千伏 千帕 千卡 千焦 千赫 千兆 百分 百万分')
/** 万/亿 and the percent signs a range's first number must repeat (GB/T 15835 on ranges). */
const rangeMarks = ['万亿', '亿', '万', '%', '％', '‰']
const yearDigitChars = new Set('〇零一二三四五六七八九○OoＯ0０')
const zeroLookalikes = new Set('零○OoＯ0０')
const percentNumeralChars = new Set('〇零一二三四五六七八九十百千两点')
/** Written before a two-digit year it makes a duration or an ordinal: 第25年, 近25年. */
const durationLeads = new Set('第近逾约满每共超')
/** After 年底, 年末, 年初 these make another word: 25年底蕴 and 25年初步建成 are durations. */
const wordsAfterEdge: Record<string, Set<string>> = {
  底: new Set('蕴线色数子部层气片板座盘稿细价薪'),
  末: new Set('位梢端尾节流'),
  初: new Set('心衷步级期中次始稿创见识'),
}
const quarterWords = new WordList(
  '一季度 二季度 三季度 四季度 第一季度 第二季度 第三季度 第四季度 前三季度 ' +
    '1季度 2季度 3季度 4季度',
)
const halfYearWords = new WordList('上半年 下半年')
const longestShortYear = 35
const yearPointWords = new WordList(shortYearWords.pointWords)
const yearOpeners = new WordList(shortYearWords.openers)
const yearDurationTails = new Set(shortYearWords.durationTails)
const durationLeadWords = new WordList(figureWords.durations.leads)
const clauseOpeners = new Set('，。；：、！？,;:!?（(【】“\n')

function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char)
}

function isDigit(text: string, index: number): boolean {
  return digitValueAt(text, index) >= 0
}

/** Where an Arabic number may start: not inside another number, a code or a Latin word. */
function startsNumber(text: string, index: number): boolean {
  if (!isDigit(text, index) || isDigit(text, index - 1)) {
    return false
  }
  const before = text[index - 1]
  return !isLatinLetter(before) && before !== '.' && before !== '．' && before !== '_'
}

function plainDecimal(value: number): string {
  return String(Number(value.toPrecision(12)))
}

function finding(
  severity: CheckSeverity,
  key: CheckMessageKey,
  params: Record<string, string>,
  start: number,
  end: number,
  suggestion?: string,
): CheckFinding {
  return createFinding('number-usage', severity, key, params, { start, end }, suggestion)
}

function magnitudeAt(text: string, index: number): [string, number] | undefined {
  return magnitudes.find(([written]) => text.startsWith(written, index))
}

function numberOf(number: ArabicNumber): number {
  return Number(number.digits)
}

/**
 * "4千", "1千3百万", "3亿4千万": Arabic digits joined with 千 or 百, which GB/T 15835 does not
 * allow (only 万 and 亿 may follow Arabic digits). The suggestion writes the value in the largest
 * 万/亿 written, or in plain digits: 4000, 1300万, 3.4亿. A digit left bare right after 千/百
 * ("3千5") is colloquial and ambiguous, so it gets no suggestion. Returns where scanning goes on.
 */
function checkMagnitudes(text: string, start: number, findings: CheckFinding[]): number {
  let position = start
  let total = 0
  let section = 0
  let mixed = false
  let ambiguous = false
  let afterSectionUnit = false
  let afterZero = false
  let largest: [string, number] | undefined
  let end = start
  while (isDigit(text, position)) {
    const number = readArabicNumber(text, position)
    const value = numberOf(number)
    position = number.end
    const sectionUnit = sectionUnits[text[position]]
    if (sectionUnit !== undefined && !unitWords.startingAt(text, position)) {
      mixed = true
      section += value * sectionUnit
      position++
      end = position
      afterSectionUnit = true
      afterZero = text[position] === '零' && isDigit(text, position + 1)
      if (afterZero) {
        position++
      }
    } else if (magnitudeAt(text, position)) {
      section += value
      afterSectionUnit = false
    } else {
      if (mixed) {
        ambiguous = afterSectionUnit && !afterZero
        section += value
        end = position
      }
      break
    }
    const magnitude = magnitudeAt(text, position)
    if (magnitude) {
      total += section * magnitude[1]
      section = 0
      largest = largest && largest[1] > magnitude[1] ? largest : magnitude
      position += magnitude[0].length
      end = position
      afterSectionUnit = false
    }
  }
  if (!mixed) {
    return position
  }
  const written = text.slice(start, end)
  total += section
  if (ambiguous) {
    const params = { text: written }
    findings.push(finding('warning', 'numberUsage.magnitudeAmbiguous', params, start, end))
    return end
  }
  const suggestion = largest
    ? `${plainDecimal(total / largest[1])}${largest[0]}`
    : plainDecimal(total)
  const params = { text: written, suggestion }
  findings.push(finding('warning', 'numberUsage.magnitude', params, start, end, suggestion))
  return end
}

function hasLeadingZero(number: ArabicNumber): boolean {
  return number.digits.length > 1 && number.digits[0] === '0' && number.digits[1] !== '.'
}

/**
 * "9～16亿", "15～30%", "3-5万": a range whose first number drops the 万/亿 or % of the second is
 * ambiguous, so GB/T 15835 writes 9亿～16亿 and 15%～30%. Units may be dropped (3～5个 and
 * 2024～2025年 are fine), and only the magnitude is added: 9～16亿元 → 9亿～16亿元. Hyphens
 * and the other wrong dashes become ～ in the suggestion; 至 and 到 stay. A hyphen only makes a range
 * between ascending numbers without leading zeros, so codes and phone numbers are left alone.
 */
function checkRangeMarks(text: string, start: number, findings: CheckFinding[]): number {
  const first = readArabicNumber(text, start)
  const separator = rangeSeparatorAt(text, first.end)
  const secondStart = first.end + (separator?.length ?? 0)
  if (!separator || text[secondStart] === '—' || !isDigit(text, secondStart)) {
    return first.end
  }
  const second = readArabicNumber(text, secondStart)
  const mark = rangeMarks.find((candidate) => text.startsWith(candidate, second.end))
  const ascending = numberOf(first) < numberOf(second)
  const plainNumbers = !hasLeadingZero(first) && !hasLeadingZero(second)
  if (!mark || (rangeHyphens.includes(separator) && !(ascending && plainNumbers))) {
    return first.end
  }
  const end = second.end + mark.length
  const joiner = rangeWords.includes(separator) ? separator : rangeMark
  const low = toHalfWidthDigits(text.slice(start, first.end))
  const high = toHalfWidthDigits(text.slice(secondStart, second.end))
  const suggestion = `${low}${mark}${joiner}${high}${mark}`
  const params = { unit: mark, text: text.slice(start, end), suggestion }
  findings.push(finding('warning', 'numberUsage.rangeMagnitude', params, start, end, suggestion))
  return end
}

/** "２０２５", "12．5": full-width digits and points, which GB/T 15835 writes half-width. */
function checkFullWidth(text: string, start: number, findings: CheckFinding[]): number {
  let end = start
  let fullWidth = false
  while (
    isDigit(text, end) ||
    ((text[end] === '.' || text[end] === '．') && isDigit(text, end + 1))
  ) {
    fullWidth = fullWidth || text.charCodeAt(end) >= 0xff00
    end++
  }
  if (fullWidth) {
    const written = text.slice(start, end)
    const suggestion = toHalfWidthDigits(written)
    const params = { text: written, suggestion }
    findings.push(finding('warning', 'numberUsage.fullWidthDigits', params, start, end, suggestion))
  }
  return end
}

function forEachNumber(
  text: string,
  findings: CheckFinding[],
  check: (text: string, start: number, findings: CheckFinding[]) => number,
): void {
  let index = 0
  while (index < text.length) {
    const next = startsNumber(text, index) ? check(text, index, findings) : index
    index = Math.max(next, index + 1)
  }
}

/**
 * "二零二五年", "二○二五年": a year written digit by digit takes 〇 for 0, not 零, the circle ○ or
 * a Latin O. "三千〇五十" is the reverse: a quantity's 0 is 零.
 */
function checkChineseZeros(text: string, findings: CheckFinding[]): void {
  for (const match of text.matchAll(/[十百千万亿]〇[一二三四五六七八九]/g)) {
    const zero = match.index + 1
    const params = { text: match[0] }
    findings.push(finding('warning', 'numberUsage.countingZero', params, zero, zero + 1, '零'))
  }
  for (const match of text.matchAll(/[〇零一二三四五六七八九○OoＯ0０]{4}年/g)) {
    const start = match.index
    const run = match[0].slice(0, 4)
    const before = text[start - 1] ?? ''
    const startsRun = !yearDigitChars.has(before) && !isChineseNumeralChar(before)
    const chineseCount = [...run].filter((digit) => '〇一二三四五六七八九'.includes(digit)).length
    const hasWrongZero = [...run].some((digit) => zeroLookalikes.has(digit))
    if (startsRun && chineseCount >= 2 && hasWrongZero) {
      const fixed = [...run].map((digit) => (zeroLookalikes.has(digit) ? '〇' : digit)).join('')
      const params = { text: match[0], suggestion: `${fixed}年` }
      findings.push(finding('warning', 'numberUsage.yearZero', params, start, start + 4, fixed))
    }
  }
}

function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

const chineseMonths = new WordList(
  '一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月',
)

function followsAsPointInTime(text: string, index: number): boolean {
  const next = text[index]
  if (next === '度') {
    return text[index + 1] !== '过' && text[index + 1] !== '日'
  }
  const wordsAfter = wordsAfterEdge[next ?? '']
  if (wordsAfter) {
    return !wordsAfter.has(text[index + 1] ?? '')
  }
  if (halfYearWords.startingAt(text, index) || quarterWords.startingAt(text, index)) {
    return true
  }
  if (chineseMonths.startingAt(text, index)) {
    return true
  }
  let end = index
  while (isAsciiDigit(text[end]) && end - index < 2) {
    end++
  }
  const month = Number(text.slice(index, end))
  return end > index && text[end] === '月' && month >= 1 && month <= 12
}

/**
 * The four-digit year two digits stand for: the one nearest the report's year when it is known
 * (24 in a 2025 report is 2024, 98 is 1998), else 20xx for 00–35, where the century is certain
 * in a report of these years; undefined for later ones without a year.
 */
function completeShortYear(digits: string, year: number | undefined): number | undefined {
  const short = Number(digits)
  if (year === undefined) {
    return short <= longestShortYear ? 2000 + short : undefined
  }
  const century = Math.floor(year / 100) * 100
  const candidates = [century - 100, century, century + 100].map((base) => base + short)
  return candidates.reduce((best, next) =>
    Math.abs(next - year) < Math.abs(best - year) ? next : best,
  )
}

/** Whether what stands around "NN年" makes it a year rather than a length of time. */
function isPointInTime(text: string, start: number, after: number): boolean {
  if (followsAsPointInTime(text, after) || yearPointWords.startingAt(text, after)) {
    return true
  }
  const opener = yearOpeners.endingAt(text, start)
  const clauseStart = start === 0 || clauseOpeners.has(text[start - 1])
  if (clauseStart && (text[after] === '，' || text[after] === ',')) {
    return true
  }
  return opener !== undefined && !yearDurationTails.has(text[after] ?? '')
}

/**
 * "25年度", "25年底", "24年全县…", "自23年启动", "23年，全县…": a four-digit year shortened to two,
 * which GB/T 15835 does not allow. Flagged are two digits that what follows or precedes makes a
 * calendar year (度, 底/末/初 unless they start another word, 上半年, 一季度, a month, 全县, 以来;
 * a clause opened by it and a comma; 自, 于, 从 … before it), never durations (连续24年, 建县24年,
 * 24年来, 近25年, 25年间, 第25年, 25年初心, 25年初步). The suggestion completes the year from
 * the report's `year` when given (see completeShortYear).
 */
function checkShortYears(text: string, findings: CheckFinding[], reportYear?: number): void {
  let year = text.indexOf('年')
  while (year >= 0) {
    const start = year - 2
    const before = text[start - 1]
    const twoDigits = start >= 0 && isAsciiDigit(text[start]) && isAsciiDigit(text[start + 1])
    const standsAlone =
      !isDigit(text, start - 1) &&
      !isLatinLetter(before) &&
      before !== '.' &&
      before !== '．' &&
      !durationLeads.has(before ?? '') &&
      !durationLeadWords.endingAt(text, start)
    if (twoDigits && standsAlone && isPointInTime(text, start, year + 1)) {
      const digits = text.slice(start, year)
      const written = `${digits}年`
      const completed = completeShortYear(digits, reportYear)
      if (completed !== undefined) {
        const suggestion = `${completed}年`
        const params = { text: written, suggestion }
        const end = year + 1
        findings.push(finding('warning', 'numberUsage.shortYear', params, start, end, suggestion))
      } else {
        const params = { text: written }
        findings.push(finding('warning', 'numberUsage.shortYearUncertain', params, start, year + 1))
      }
    }
    year = text.indexOf('年', year + 1)
  }
}

interface PercentWriting {
  start: number
  end: number
  /** The same percentage in the other form, when it can be written; only asked for a few. */
  other: () => string | undefined
}

function chineseDecimal(digits: string): string {
  const [whole, fraction] = digits.split('.')
  const wholeText = formatChineseInteger(Number(whole))
  if (fraction === undefined) {
    return wholeText
  }
  return `${wholeText}点${formatChineseDigits(fraction, '零')}`
}

function arabicDecimal(numeral: string): string | undefined {
  const [whole, fraction] = numeral.split('点')
  const wholeValue = parseChineseNumeral(whole)
  if (wholeValue === undefined) {
    return undefined
  }
  if (fraction === undefined) {
    return String(wholeValue)
  }
  const digits = [...fraction].map(chineseDigitValue)
  return digits.every((digit) => digit >= 0) ? `${wholeValue}.${digits.join('')}` : undefined
}

function arabicPercent(text: string, sign: number): PercentWriting | undefined {
  let start = sign
  const pointBefore = (index: number) => text[index - 1] === '.' || text[index - 1] === '．'
  while (isDigit(text, start - 1) || (pointBefore(start) && isDigit(text, start - 2))) {
    start--
  }
  // A grouped number ("1,200%") is no percentage a report writes in Chinese: leave it out.
  if (start === sign || !startsNumber(text, start) || text[start - 1] === ',') {
    return undefined
  }
  const digits = toHalfWidthDigits(text.slice(start, sign))
  return { start, end: sign + 1, other: () => `百分之${chineseDecimal(digits)}` }
}

/**
 * "百分之十五" here and "15%" there: GB/T 15835 asks for one form for one kind of number, so the
 * rarer form is flagged as info (on a tie the Chinese one, since statistics are written in
 * Arabic digits). "百分之百" is an idiom and does not count. "百分之3.5" mixes the two and is
 * always flagged.
 */
function checkPercentForms(text: string, findings: CheckFinding[]): void {
  const arabic: PercentWriting[] = []
  const chinese: PercentWriting[] = []
  for (const match of text.matchAll(/[%％]|百分之/g)) {
    const index = match.index
    if (match[0] !== '百分之') {
      const percent = arabicPercent(text, index)
      if (percent) {
        arabic.push(percent)
      }
      continue
    }
    const numberStart = index + 3
    if (isDigit(text, numberStart)) {
      const number = readArabicNumber(text, numberStart)
      const suggestion = `${toHalfWidthDigits(text.slice(numberStart, number.end))}%`
      const params = { text: text.slice(index, number.end), suggestion }
      findings.push(
        finding('warning', 'numberUsage.mixedPercent', params, index, number.end, suggestion),
      )
      continue
    }
    let end = numberStart
    while (end < text.length && end - numberStart < 20 && percentNumeralChars.has(text[end])) {
      end++
    }
    while (end > numberStart && text[end - 1] === '点') {
      end--
    }
    const numeral = text.slice(numberStart, end)
    if (numeral !== '' && numeral !== '百') {
      const other = () => {
        const value = arabicDecimal(numeral)
        return value === undefined ? undefined : `${value}%`
      }
      chinese.push({ start: index, end, other })
    }
  }
  if (arabic.length === 0 || chinese.length === 0) {
    return
  }
  const chineseIsRarer = chinese.length <= arabic.length
  const [minority, majority] = chineseIsRarer ? [chinese, arabic] : [arabic, chinese]
  const example = text.slice(majority[0].start, majority[0].end)
  for (const percent of minority) {
    const { start, end } = percent
    const params = { majority: example, text: text.slice(start, end) }
    findings.push(finding('info', 'numberUsage.percentForm', params, start, end, percent.other()))
  }
}

/**
 * Number usage under GB/T 15835-2011 (出版物上数字的用法) in plain text: 千/百 joined with Arabic
 * digits ("4千" → 4000), ranges that drop 万/亿 or % from their first number ("9～16亿" →
 * 9亿～16亿), years written with 零 or a look-alike for 〇 ("二零二五年"), years shortened to two
 * digits ("25年底", "24年全县…", completed from the report's `year` when known), full-width
 * digits ("２０２５"), and percentages written two ways in one text. Findings are in text order.
 */
export function checkNumberUsage(text: string, year?: number): CheckFinding[] {
  const findings: CheckFinding[] = []
  forEachNumber(text, findings, checkMagnitudes)
  forEachNumber(text, findings, checkRangeMarks)
  forEachNumber(text, findings, checkFullWidth)
  checkChineseZeros(text, findings)
  checkShortYears(text, findings, year)
  checkPercentForms(text, findings)
  return findings.sort((a, b) => a.start - b.start || b.end - a.end)
}
