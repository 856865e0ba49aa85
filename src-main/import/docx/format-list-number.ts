import type { ChineseNumeralSet } from '../../shared/extraction/numerals'
import {
  countingNumerals,
  formatChineseDigits,
  formatChineseInteger,
  legalNumerals,
} from '../../shared/extraction/numerals'

const heavenlyStems = '甲乙丙丁戊己庚辛壬癸'
const earthlyBranches = '子丑寅卯辰巳午未申酉戌亥'
const romanNumerals: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/**
 * The text Word shows for list number `value` in the number format `format` (`w:numFmt`):
 * 一 十一 二十 for chineseCounting, 壹拾壹 for chineseLegalSimplified, 甲 乙 for
 * ideographTraditional, ① ⑴ ⒈ for the enclosed forms, letters and Roman numerals. `bullet` gives
 * undefined (a bullet is not a number), `none` gives ''. A format it does not know, or a value a
 * format cannot show, falls back to decimal.
 */
export function formatListNumber(value: number, format: string): string | undefined {
  if (format === 'bullet') {
    return undefined
  }
  if (format === 'none') {
    return ''
  }
  if (!Number.isInteger(value) || value < 0) {
    return String(value)
  }
  return formatCount(value, format) ?? String(value)
}

function formatCount(value: number, format: string): string | undefined {
  switch (format) {
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/gu, (digit) => String.fromCharCode(0xff10 + Number(digit)))
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(value, 0x2460)
    case 'decimalEnclosedParen':
      return enclosed(value, 0x2474)
    case 'decimalEnclosedFullstop':
      return enclosed(value, 0x2488)
    case 'upperLetter':
      return letters(value)
    case 'lowerLetter':
      return letters(value)?.toLowerCase()
    case 'upperRoman':
      return roman(value)
    case 'lowerRoman':
      return roman(value)?.toLowerCase()
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return value < 100 ? counted(value, countingNumerals) : formatChineseDigits(String(value))
    case 'chineseCountingThousand':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return counted(value, countingNumerals)
    case 'chineseLegalSimplified':
      return counted(value, legalNumerals)
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return formatChineseDigits(String(value))
    case 'ideographTraditional':
      return cyclic(value, heavenlyStems)
    case 'ideographZodiac':
      return cyclic(value, earthlyBranches)
    default:
      return undefined
  }
}

function enclosed(value: number, first: number): string | undefined {
  return value >= 1 && value <= 20 ? String.fromCharCode(first + value - 1) : undefined
}

/** A, B … Z, then AA, BB … ZZ, then AAA: Word's letter numbering. */
function letters(value: number): string | undefined {
  if (value < 1) {
    return undefined
  }
  const letter = String.fromCharCode(65 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

function roman(value: number): string | undefined {
  if (value < 1 || value > 3999) {
    return undefined
  }
  let rest = value
  let text = ''
  for (const [amount, numeral] of romanNumerals) {
    while (rest >= amount) {
      text += numeral
      rest -= amount
    }
  }
  return text
}

/** Chinese counting below ten thousand as Word writes list numbers: zero itself is 〇. */
function counted(value: number, numerals: ChineseNumeralSet): string | undefined {
  if (value === 0) {
    return numerals === countingNumerals ? '〇' : numerals.digits[0]
  }
  return value < 10_000 ? formatChineseInteger(value, numerals) : undefined
}

function cyclic(value: number, symbols: string): string | undefined {
  return value >= 1 && value <= symbols.length ? symbols[value - 1] : undefined
}
