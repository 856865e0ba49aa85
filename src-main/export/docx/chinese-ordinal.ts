const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, as 公文 numbers its headings (1–99). */
export function chineseOrdinal(value: number): string {
  if (value < 10) {
    return digits[value]
  }
  const tens = Math.floor(value / 10)
  const ones = value % 10
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`
}
