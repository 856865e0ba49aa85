import { formatChineseYear, parseChineseYear } from './chinese-year'

const arabicYear = /(?<![\d.])(?:19|20)\d{2}(?!\d)/gu
const chineseYear = /(?<![〇零一二三四五六七八九十])[〇零一二三四五六七八九]{4}(?=年)/gu

/**
 * Moves the years of an edition or title line on by one: "2026长治两会" → "2027长治两会",
 * "交出二〇二五年…答卷" → "交出二〇二六年…答卷". Only years next to the report's own year
 * (from − 1 … from + 1) move; older dates in a title are history and stay.
 */
export function moveEditionYears(text: string, fromYear: number): string {
  const moves = (year: number) => year >= fromYear - 1 && year <= fromYear + 1
  return text
    .replace(arabicYear, (match) => (moves(Number(match)) ? String(Number(match) + 1) : match))
    .replace(chineseYear, (match) => {
      const year = parseChineseYear(match)
      return year !== undefined && moves(year) ? formatChineseYear(year + 1) : match
    })
}
