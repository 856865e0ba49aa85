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
