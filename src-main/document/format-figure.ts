import type { FigureStyle } from './figure-style'

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const smallUnits = ['', '十', '百', '千']

function formatBelowTenThousand(n: number, leadingTen: boolean): string {
  const digits = String(n).padStart(4, '0').split('').map(Number)
  let out = ''
  let pendingZero = false
  digits.forEach((digit, index) => {
    const unit = smallUnits[3 - index]
    if (digit === 0) {
      if (out) {
        pendingZero = true
      }
      return
    }
    if (pendingZero) {
      out += '零'
      pendingZero = false
    }
    const omitOne = leadingTen && digit === 1 && unit === '十' && out === ''
    out += (omitOne ? '' : chineseDigits[digit]) + unit
  })
  return out
}

function formatBelowHundredMillion(value: number, leading: boolean): string {
  if (value < 10000) {
    return formatBelowTenThousand(value, leading)
  }
  const low = value % 10000
  const high = formatBelowTenThousand(Math.floor(value / 10000), leading) + '万'
  if (low === 0) {
    return high
  }
  return high + (low < 1000 ? '零' : '') + formatBelowTenThousand(low, false)
}

/** 6 → 六, 20 → 二十, 3052 → 三千零五十二, 10001亿 → 一万零一亿; integers below 10^16. */
export function formatChineseInteger(value: number): string {
  if (!Number.isInteger(value) || value < 0) {
    return String(value)
  }
  if (value === 0) {
    return '零'
  }
  if (value < 100000000) {
    return formatBelowHundredMillion(value, true)
  }
  // 亿 counts everything above it, so 10001亿 is 一万零一亿, not 一万亿零一亿.
  const low = value % 100000000
  const high = formatBelowHundredMillion(Math.floor(value / 100000000), true) + '亿'
  if (low === 0) {
    return high
  }
  return high + (low < 10000000 ? '零' : '') + formatBelowHundredMillion(low, false)
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9.]/g, (char) =>
    char === '.' ? '．' : String.fromCharCode(char.charCodeAt(0) + 0xfee0),
  )
}

function groupThousands(text: string): string {
  const [whole, fraction] = text.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

function formatArabic(value: number, style: FigureStyle): string {
  // Rounding at 6 places hides float noise from the scale division; more written decimals win.
  const rounded = Number(value.toFixed(Math.max(6, style.decimals)))
  const natural = String(rounded)
  const naturalDecimals = natural.includes('.') ? natural.split('.')[1].length : 0
  const plain = rounded.toFixed(Math.max(style.decimals, naturalDecimals))
  const text = style.grouping ? groupThousands(plain) : plain
  return style.fullWidth ? toFullWidth(text) : text
}

/** The written number of a base-unit value, e.g. 35980000 with scale 10000 → "3598". */
export function formatFigureNumber(value: number, style: FigureStyle): string {
  const shown = (style.magnitude ? Math.abs(value) : value) / style.scale
  if (style.numerals !== 'arabic' && Number.isInteger(shown)) {
    const chinese = formatChineseInteger(shown)
    return style.numerals === 'chinese-liang'
      ? chinese.replace(/^二(?=[千百万亿]|$)/, '两')
      : chinese
  }
  return formatArabic(shown, style)
}

/** The figure as it reads in the text: "3598万吨", "300余米", "六个". */
export function formatFigure(value: number, style: FigureStyle): string {
  return style.template.replace('{v}', formatFigureNumber(value, style))
}
