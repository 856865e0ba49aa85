import { formatChineseInteger } from '../extraction/numerals'
import type { FigureStyle } from './figure-style'

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
