import { formatChineseDigits, parseChineseDigits } from './numerals'

/** 2026 → 二〇二六 (GB/T 15835: years in Chinese numerals use 〇, never 零). */
export function formatChineseYear(year: number): string {
  return formatChineseDigits(String(year))
}

/** 二〇二五 or 二零二五 → 2025; undefined when the four characters are not a year. */
export function parseChineseYear(text: string): number | undefined {
  return text.length === 4 ? parseChineseDigits(text) : undefined
}
