import type { FigureStyle } from './figure-style'

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const smallUnits = ['', '十', '百', '千']
const bigUnits = ['', '万', '亿', '万亿']

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

/** 6 → 六, 20 → 二十, 3052 → 三千零五十二, 12 → 十二; integers below 10^16. */
export function formatChineseInteger(value: number): string {
  if (!Number.isInteger(value) || value < 0) {
    return String(value)
  }
  if (value === 0) {
    return '零'
  }
  const groups: number[] = []
  let rest = value
  while (rest > 0) {
    groups.push(rest % 10000)
    rest = Math.floor(rest / 10000)
  }
  let out = ''
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index]
    if (group === 0) {
      continue
    }
    const needsZero = out !== '' && group < 1000
    out += (needsZero ? '零' : '') + formatBelowTenThousand(group, out === '') + bigUnits[index]
  }
  return out
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
    return style.numerals === 'chinese-liang' ? chinese.replace(/^二(?=[千百万亿]|$)/, '两') : chinese
  }
  return formatArabic(shown, style)
}

/** The figure as it reads in the text: "3598万吨", "300余米", "六个". */
export function formatFigure(value: number, style: FigureStyle): string {
  return style.template.replace('{v}', formatFigureNumber(value, style))
}
