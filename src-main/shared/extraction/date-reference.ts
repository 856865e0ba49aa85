/**
 * year: 2025年, 二〇二五年; date: 3月5日, 2025年3月 (with `year` when written); relative:
 * 今年, 去年, 明年, 上年, 前年 (with `offset` from the report's year); plan: 十四五, 十五五.
 */
export type DateReferenceKind = 'year' | 'date' | 'relative' | 'plan'

/** A reference to a point in time, which a roll forward to the next report year rewrites. */
export interface DateReference {
  /** Exactly `input.slice(start, end)`; a plan's quotes stay outside ("“十五五”" → 十五五). */
  text: string
  start: number
  end: number
  kind: DateReferenceKind
  year?: number
  /** Five-year plan number: 14 for 十四五 (2021–2025), 15 for 十五五 (2026–2030). */
  plan?: number
  /** Years from the report's own year: 今年 0, 去年 and 上年 -1, 明年 1, 前年 -2. */
  offset?: number
}

/** The first and last year of a five-year plan: 14 → 2021–2025, 15 → 2026–2030. */
export function planYears(plan: number): { first: number; last: number } {
  // 1963–1965 were adjustment years between the second and third plans.
  const first = (plan <= 2 ? 1953 : 1956) + 5 * (plan - 1)
  return { first, last: first + 4 }
}
