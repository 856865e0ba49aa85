/** Number formats Excel has built in, by id (ECMA-376 18.8.30); Chinese Excel's dates among them. */
const builtInFormats: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: 'h:mm AM/PM',
  35: 'h:mm:ss AM/PM',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'h:mm AM/PM',
  56: 'h:mm:ss AM/PM',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
}

/** The format code of a number format id: the workbook's own, else Excel's built-in one. */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string {
  return custom.get(id) ?? builtInFormats[id] ?? 'General'
}

interface NumberFormat {
  percent: boolean
  /** Decimals the format shows; undefined for General. */
  decimals: number | undefined
  /** Quoted text written before and after the number, as in `0.0"万吨"`. */
  before: string
  after: string
}

function readNumberFormat(format: string): NumberFormat {
  const section = format.split(';')[0]!
  const unquoted = section.replace(/"[^"]*"/g, (literal) => ' '.repeat(literal.length))
  const digits = unquoted.search(/[0#]/)
  const literals = (part: string) =>
    [...part.matchAll(/"([^"]*)"/g)].map((match) => match[1]).join('')
  const decimals = digits < 0 ? undefined : (/\.([0#]+)/.exec(unquoted)?.[1]!.length ?? 0)
  return {
    percent: unquoted.includes('%'),
    decimals,
    before: digits < 0 ? '' : literals(section.slice(0, digits)),
    after: digits < 0 ? '' : literals(section.slice(digits)),
  }
}

/** Whether a format shows a date or time: day, month, year, hour or second codes outside quotes. */
export function isDateFormat(format: string): boolean {
  const codes = format
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
  return /[dmyhs]/i.test(codes) && !/^general$/i.test(codes.trim())
}

/** A number as Excel shows it with its format, but always without thousands separators. */
export function numberText(value: number, format: string): string {
  const { percent, decimals, before, after } = readNumberFormat(format)
  const shown = percent ? value * 100 : value
  const text =
    decimals === undefined
      ? shown.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 })
      : shown.toFixed(decimals)
  return `${before}${text}${percent ? '%' : ''}${after}`
}

const millisecondsPerDay = 86_400_000
/** Day 0 of Excel's date systems, in Unix time: 1899-12-30 (1900 system) and 1904-01-01. */
const epochs = { 1900: Date.UTC(1899, 11, 30), 1904: Date.UTC(1904, 0, 1) }

/** A date serial number as the ISO date it stands for. */
export function serialDateText(serial: number, dateSystem: 1900 | 1904): string {
  const date = new Date(epochs[dateSystem] + Math.round(serial * millisecondsPerDay))
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10)
}
