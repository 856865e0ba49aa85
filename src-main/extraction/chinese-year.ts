const digits = '〇一二三四五六七八九'

/** 2026 → 二〇二六 (GB/T 15835: years in Chinese numerals use 〇, never 零). */
export function formatChineseYear(year: number): string {
  return [...String(year)].map((digit) => digits[Number(digit)]).join('')
}

/** 二〇二五 or 二零二五 → 2025; undefined when the four characters are not a year. */
export function parseChineseYear(text: string): number | undefined {
  if (text.length !== 4) {
    return undefined
  }
  let year = 0
  for (const char of text) {
    const digit = char === '零' ? 0 : digits.indexOf(char)
    if (digit < 0) {
      return undefined
    }
    year = year * 10 + digit
  }
  return year
}
