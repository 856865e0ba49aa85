const chineseDigits = '〇一二三四五六七八九'
const legalDigits = '零壹贰叁肆伍陆柒捌玖'
const chineseUnits = ['', '十', '百', '千']
const legalUnits = ['', '拾', '佰', '仟']
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
      return value < 100 ? counted(value, chineseDigits, chineseUnits) : digitByDigit(value)
    case 'chineseCountingThousand':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return counted(value, chineseDigits, chineseUnits)
    case 'chineseLegalSimplified':
      return counted(value, legalDigits, legalUnits, true)
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return digitByDigit(value)
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

/**
 * Chinese counting below ten thousand: 十, 十一, 二十, 一百零一, 一千零一十. The leading 一 of
 * 十 is dropped as in 十一, except in the legal (financial) digits where 壹拾壹 keeps it.
 */
function counted(value: number, digits: string, units: string[], keepLeadingOne = false) {
  const zero = '零'
  if (value === 0) {
    return digits[0]
  }
  if (value >= 10_000) {
    return undefined
  }
  const places = String(value).split('').map(Number)
  let text = ''
  let pendingZero = false
  places.forEach((digit, index) => {
    const unit = units[places.length - 1 - index]
    if (digit === 0) {
      pendingZero = text !== ''
      return
    }
    if (pendingZero) {
      text += zero
      pendingZero = false
    }
    const isLeadingTen = text === '' && digit === 1 && unit === units[1] && !keepLeadingOne
    text += (isLeadingTen ? '' : digits[digit]) + unit
  })
  return text
}

function digitByDigit(value: number): string {
  return String(value)
    .split('')
    .map((digit) => chineseDigits[Number(digit)])
    .join('')
}

function cyclic(value: number, symbols: string): string | undefined {
  return value >= 1 && value <= symbols.length ? symbols[value - 1] : undefined
}
