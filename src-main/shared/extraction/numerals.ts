/**
 * Chinese numerals, read and written in one place: counting numbers (三千零五十二), the legal
 * (financial) forms (壹拾壹) and digit-by-digit strings (二〇二五).
 */

const digitValues: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

const sectionUnitValues: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

const numeralChars = new Set([
  ...Object.keys(digitValues),
  ...Object.keys(sectionUnitValues),
  '万',
  '亿',
])

/** Whether a character can be part of a Chinese numeral (digits, 十百千, 万亿, 两, 〇). */
export function isChineseNumeralChar(char: string): boolean {
  return numeralChars.has(char)
}

/**
 * A section below 10000 ("三千零五十二"). Strict: digits need a unit after them except in the
 * units place, units descend, 零 only fills a gap, and a bare trailing digit after 百/千 without 零
 * ("三百五", colloquial 350) is refused because it cannot be told from 305.
 */
function parseSection(text: string, allowLeadingTen: boolean): number | undefined {
  let total = 0
  let lastUnit = 10000
  let pending: number | undefined
  let pendingIsLiang = false
  let sawZero = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    const unit = sectionUnitValues[char]
    if (unit !== undefined) {
      if (unit >= lastUnit) {
        return undefined
      }
      let digit = pending
      if (digit === undefined) {
        if (!(unit === 10 && index === 0 && allowLeadingTen)) {
          return undefined
        }
        digit = 1
      }
      if (pendingIsLiang && unit === 10) {
        return undefined
      }
      total += digit * unit
      lastUnit = unit
      pending = undefined
      pendingIsLiang = false
      sawZero = false
      continue
    }
    const digit = digitValues[char]
    if (digit === undefined || pending !== undefined) {
      return undefined
    }
    if (digit === 0) {
      if (sawZero || index === 0 || index === text.length - 1) {
        return undefined
      }
      sawZero = true
      continue
    }
    pending = digit
    pendingIsLiang = char === '两'
  }
  if (pending === undefined) {
    return text.length === 0 ? undefined : total
  }
  if (lastUnit > 10 && lastUnit < 10000 && !sawZero) {
    return undefined
  }
  if (pendingIsLiang && lastUnit < 10000) {
    return undefined
  }
  return total + pending
}

/** A number below 10^8 written with an optional 万 section. */
function parseBelowHundredMillion(text: string, leading: boolean): number | undefined {
  const wan = text.indexOf('万')
  if (wan < 0) {
    return parseSection(text, leading)
  }
  const high = parseSection(text.slice(0, wan), leading)
  if (high === undefined || high === 0) {
    return undefined
  }
  const low = parseLowPart(text.slice(wan + 1), '万')
  return low === undefined ? undefined : high * 10000 + low
}

/**
 * What follows 万 (a section) or 亿 (up to 万 sections): empty, a part starting with 零, or one
 * whose first digit carries a unit. A lone digit ("一万二", colloquial 12000) is refused for the
 * same reason as "三百五".
 */
function parseLowPart(text: string, after: '万' | '亿'): number | undefined {
  if (text === '') {
    return 0
  }
  const parse = (part: string) =>
    after === '亿' ? parseBelowHundredMillion(part, false) : parseSection(part, false)
  if (text[0] === '零' || text[0] === '〇') {
    const value = parse(text.slice(1))
    return value === 0 ? undefined : value
  }
  return text.length === 1 ? undefined : parse(text)
}

/**
 * The value of a Chinese integer numeral, or undefined when the text is not one written the
 * standard way: 六 → 6, 十二 → 12, 二十 → 20, 两千 → 2000, 三千零五十二 → 3052, 三万亿 → 3e12.
 * Digit-by-digit strings (二〇二五), colloquial abbreviations (三百五, 一万二), bare powers
 * (百, 千万) and terms such as 十四五 are refused: callers treat undefined as "not a number".
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '零' || text === '〇') {
    return 0
  }
  const yi = text.indexOf('亿')
  if (yi < 0) {
    return parseBelowHundredMillion(text, true)
  }
  const high = parseBelowHundredMillion(text.slice(0, yi), true)
  if (high === undefined || high === 0) {
    return undefined
  }
  const low = parseLowPart(text.slice(yi + 1), '亿')
  return low === undefined ? undefined : high * 100000000 + low
}

/** The characters a counting number is written with: its ten digits (零 first) and 十 百 千. */
export interface ChineseNumeralSet {
  digits: string
  units: readonly [string, string, string]
  /** Whether 10–19 at the start keep their 一 (壹拾壹) or drop it (十一). */
  keepLeadingOne: boolean
}

/** 零一二 … 十百千: numbers in running text and 公文 headings. */
export const countingNumerals: ChineseNumeralSet = {
  digits: '零一二三四五六七八九',
  units: ['十', '百', '千'],
  keepLeadingOne: false,
}

/** 零壹贰 … 拾佰仟: the legal forms of amounts and of Word's chineseLegalSimplified lists. */
export const legalNumerals: ChineseNumeralSet = {
  digits: '零壹贰叁肆伍陆柒捌玖',
  units: ['拾', '佰', '仟'],
  keepLeadingOne: true,
}

function formatBelowTenThousand(value: number, leading: boolean, numerals: ChineseNumeralSet) {
  const places = String(value).padStart(4, '0').split('').map(Number)
  const zero = numerals.digits[0]
  let text = ''
  let pendingZero = false
  places.forEach((digit, index) => {
    const unit = index === 3 ? '' : numerals.units[2 - index]
    if (digit === 0) {
      pendingZero = text !== ''
      return
    }
    if (pendingZero) {
      text += zero
      pendingZero = false
    }
    const dropOne = leading && !numerals.keepLeadingOne && text === '' && digit === 1 && index === 2
    text += (dropOne ? '' : numerals.digits[digit]) + unit
  })
  return text
}

function formatBelowHundredMillion(value: number, leading: boolean, numerals: ChineseNumeralSet) {
  if (value < 10000) {
    return formatBelowTenThousand(value, leading, numerals)
  }
  const low = value % 10000
  const high = formatBelowTenThousand(Math.floor(value / 10000), leading, numerals) + '万'
  if (low === 0) {
    return high
  }
  const gap = low < 1000 ? numerals.digits[0] : ''
  return high + gap + formatBelowTenThousand(low, false, numerals)
}

/**
 * 6 → 六, 20 → 二十, 3052 → 三千零五十二, 10001亿 → 一万零一亿 (integers below 10^16); with
 * `legalNumerals`, 11 → 壹拾壹. Anything but a non-negative integer is written in Arabic digits.
 */
export function formatChineseInteger(
  value: number,
  numerals: ChineseNumeralSet = countingNumerals,
): string {
  if (!Number.isInteger(value) || value < 0) {
    return String(value)
  }
  if (value === 0) {
    return numerals.digits[0]
  }
  if (value < 100000000) {
    return formatBelowHundredMillion(value, true, numerals)
  }
  // 亿 counts everything above it, so 10001亿 is 一万零一亿, not 一万亿零一亿.
  const low = value % 100000000
  const high = formatBelowHundredMillion(Math.floor(value / 100000000), true, numerals) + '亿'
  if (low === 0) {
    return high
  }
  const gap = low < 10000000 ? numerals.digits[0] : ''
  return high + gap + formatBelowHundredMillion(low, false, numerals)
}

/** The value of one Chinese digit, 〇 and 零 both 0; -1 for any other character (两 included). */
export function chineseDigitValue(char: string | undefined): number {
  return char === '〇' ? 0 : '零一二三四五六七八九'.indexOf(char || '\u0000')
}

/**
 * Arabic digits written one by one: "2026" → 二〇二六 (years: GB/T 15835 writes their 0 as 〇),
 * "05" with zero 零 → 零五 (the decimals after 点).
 */
export function formatChineseDigits(digits: string, zero: '〇' | '零' = '〇'): string {
  return [...digits]
    .map((digit) => (digit === '0' ? zero : countingNumerals.digits[Number(digit)]))
    .join('')
}

/** 二〇二五 or 二零二五 → 2025: a number written digit by digit; undefined for anything else. */
export function parseChineseDigits(text: string): number | undefined {
  if (text === '') {
    return undefined
  }
  let value = 0
  for (const char of text) {
    const digit = chineseDigitValue(char)
    if (digit < 0) {
      return undefined
    }
    value = value * 10 + digit
  }
  return value
}
