import type { DateReference } from './date-reference'
import { rangeSeparatorAt } from './lexicon'
import { chineseDigitValue, isChineseNumeralChar, parseChineseDigits } from './numerals'
import { digitValueAt } from './read-arabic-number'

/** 今年 0, 去年 -1 …; `notAfter` lists characters that make the pair part of another word. */
const relativeYears: { word: string; offset: number; notAfter: string }[] = [
  { word: '今年', offset: 0, notAfter: '' },
  { word: '去年', offset: -1, notAfter: '除' },
  { word: '明年', offset: 1, notAfter: '文鲜光证透说' },
  { word: '上年', offset: -1, notAfter: '以向马' },
  { word: '前年', offset: -2, notAfter: '目之提以此日年空最当午生史从' },
]

function digitRunEnd(text: string, start: number): number {
  let end = start
  while (end < text.length && digitValueAt(text, end) >= 0) {
    end++
  }
  return end
}

function digitValue(text: string, start: number, end: number): number {
  let value = 0
  for (let index = start; index < end; index++) {
    value = value * 10 + digitValueAt(text, index)
  }
  return value
}

function isYear(value: number, length: number): boolean {
  return length === 4 && value >= 1900 && value <= 2099
}

/** A Chinese month or day number as written in dates: 三, 十二, 二十五, 三十一; [value, end]. */
function readChineseDayNumber(text: string, start: number, max: number): [number, number] {
  let index = start
  let value = 0
  const leading = chineseDigitValue(text[index])
  if (leading >= 1) {
    value = leading
    index++
  }
  if (text[index] === '十') {
    value = Math.max(value, 1) * 10
    index++
    const units = chineseDigitValue(text[index])
    if (units >= 1) {
      value += units
      index++
    }
  }
  return value >= 1 && value <= max ? [value, index] : [0, start]
}

/** The end of "月" plus an optional day ("5日", "五日", "5号") after a month number. */
function readMonthTail(text: string, monthEnd: number): number {
  const afterMonth = monthEnd + 1
  const dayDigitsEnd = digitRunEnd(text, afterMonth)
  if (dayDigitsEnd > afterMonth && dayDigitsEnd - afterMonth <= 2) {
    const day = digitValue(text, afterMonth, dayDigitsEnd)
    const marker = text[dayDigitsEnd]
    if (day >= 1 && day <= 31 && (marker === '日' || marker === '号')) {
      return dayDigitsEnd + 1
    }
    return afterMonth
  }
  const [day, dayEnd] = readChineseDayNumber(text, afterMonth, 31)
  if (day > 0 && text[dayEnd] === '日') {
    return dayEnd + 1
  }
  return afterMonth
}

/** The end of an Arabic month ("3月…") starting at `start`, or -1. */
function readArabicMonth(text: string, start: number): number {
  const end = digitRunEnd(text, start)
  const month = digitValue(text, start, end)
  if (end - start > 2 || month < 1 || month > 12 || text[end] !== '月') {
    return -1
  }
  return readMonthTail(text, end)
}

function isChineseNumeralLike(char: string | undefined): boolean {
  return char !== undefined && isChineseNumeralChar(char)
}

function readPlan(text: string, start: number): DateReference | undefined {
  const units = chineseDigitValue(text[start + 1])
  const isPlan =
    text[start] === '十' &&
    units >= 1 &&
    text[start + 2] === '五' &&
    !isChineseNumeralLike(text[start - 1]) &&
    !isChineseNumeralLike(text[start + 3])
  if (!isPlan) {
    return undefined
  }
  const end = start + 3
  return { text: text.slice(start, end), start, end, kind: 'plan', plan: 10 + units }
}

function readChineseYear(text: string, start: number): DateReference | undefined {
  const year = parseChineseDigits(text.slice(start, start + 4))
  if (year === undefined || text[start + 4] !== '年' || isChineseNumeralLike(text[start - 1])) {
    return undefined
  }
  const end = start + 5
  return { text: text.slice(start, end), start, end, kind: 'year', year }
}

function readChineseMonth(text: string, start: number): DateReference | undefined {
  if (isChineseNumeralLike(text[start - 1]) || text[start - 1] === '第') {
    return undefined
  }
  const [month, monthEnd] = readChineseDayNumber(text, start, 12)
  if (month === 0 || text[monthEnd] !== '月') {
    return undefined
  }
  const end = readMonthTail(text, monthEnd)
  return { text: text.slice(start, end), start, end, kind: 'date' }
}

function readRelative(text: string, start: number): DateReference | undefined {
  const found = relativeYears.find(({ word }) => text.startsWith(word, start))
  if (!found || (start > 0 && found.notAfter.includes(text[start - 1]))) {
    return undefined
  }
  const end = start + 2
  return { text: found.word, start, end, kind: 'relative', offset: found.offset }
}

/** Reads 2025年, 2025年3月5日, 2021—2025年 (two years), 3月5日 at an Arabic digit run. */
function readArabic(text: string, start: number, found: DateReference[]): number {
  const end = digitRunEnd(text, start)
  const value = digitValue(text, start, end)
  if (isYear(value, end - start)) {
    const separator = rangeSeparatorAt(text, end)
    if (separator) {
      const secondStart = end + separator.length
      const secondEnd = digitRunEnd(text, secondStart)
      const second = digitValue(text, secondStart, secondEnd)
      if (isYear(second, secondEnd - secondStart) && text[secondEnd] === '年') {
        found.push({ text: text.slice(start, end), start, end, kind: 'year', year: value })
        found.push({
          text: text.slice(secondStart, secondEnd + 1),
          start: secondStart,
          end: secondEnd + 1,
          kind: 'year',
          year: second,
        })
        return secondEnd + 1
      }
    }
    if (text[end] === '年') {
      const monthEnd = readArabicMonth(text, end + 1)
      const dateEnd = monthEnd > 0 ? monthEnd : end + 1
      const kind = monthEnd > 0 ? 'date' : 'year'
      found.push({ text: text.slice(start, dateEnd), start, end: dateEnd, kind, year: value })
      return dateEnd
    }
    return end
  }
  const monthEnd = readArabicMonth(text, start)
  if (monthEnd > 0) {
    found.push({ text: text.slice(start, monthEnd), start, end: monthEnd, kind: 'date' })
    return monthEnd
  }
  return end
}

/** A reference written in characters at `start`: a plan, a Chinese year or month, 今年 …. */
function readWordReference(text: string, start: number): DateReference | undefined {
  const char = text[start]
  if (char === '十') {
    const plan = readPlan(text, start)
    if (plan) {
      return plan
    }
  }
  if (isChineseNumeralLike(char)) {
    return readChineseYear(text, start) ?? readChineseMonth(text, start)
  }
  return '今去明上前'.includes(char) ? readRelative(text, start) : undefined
}

/** Every character a reference can start with: digits, Chinese numerals, 今去明上前. */
const candidateCharacters = /[0-9０-９零〇一二两三四五六七八九十百千万亿今去明上前]/

/**
 * Years (2025年, 二〇二五年, 二零二五年), dates (3月5日, 2025年3月, 十二月), relative years
 * (今年, 去年, 明年, 上年, 前年) and five-year plans (十四五, “十五五” without its quotes), in
 * text order. A bare "2026" without 年 is no reference: it may be an amount.
 */
export function findDateReferences(text: string): DateReference[] {
  const found: DateReference[] = []
  const candidates = new RegExp(candidateCharacters.source, 'g')
  let index = 0
  while (index < text.length) {
    // Skip at native speed to the next character a reference can start with.
    candidates.lastIndex = index
    const next = candidates.exec(text)
    if (!next) {
      break
    }
    index = next.index
    if (digitValueAt(text, index) >= 0) {
      const previous = text[index - 1]
      const afterPoint = previous === '.' || previous === '．'
      if (index > 0 && (digitValueAt(text, index - 1) >= 0 || afterPoint)) {
        index = digitRunEnd(text, index)
        continue
      }
      index = readArabic(text, index, found)
      continue
    }
    const reference = readWordReference(text, index)
    if (reference) {
      found.push(reference)
      index = reference.end
      continue
    }
    index++
  }
  return found
}
