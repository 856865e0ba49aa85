/**
 * Words and marks more than one reader of report text looks for. Each list is defined here once;
 * extraction, the checks and the CLI import it rather than restating it.
 */

/** GB/T 15834's mark between the ends of a range of values: 3～5个, 9亿～16亿元. */
export const rangeMark = '～'

/**
 * Single dashes people write between a range's ends: the — GB/T 15834 gives a span of time
 * (2024—2025年) and the marks that stand for ～ or — by mistake (hyphens, the ASCII tilde, 〜).
 */
export const rangeDashes: readonly string[] = ['—', '–', '－', '-', '−', '~', '〜']

/** The dashes that also join codes and phone numbers, so they make a range only between plain, ascending numbers. */
export const rangeHyphens: readonly string[] = ['-', '－', '–', '−']

/** Words that join a range's ends: 三至五个, 3到5个. */
export const rangeWords: readonly string[] = ['至', '到']

/** Every way the two ends of a range are joined, longest first so —— is read before —. */
export const rangeSeparators: readonly string[] = ['——', rangeMark, ...rangeDashes, ...rangeWords]

/** The separator written at `index` of `text`, if one is. */
export function rangeSeparatorAt(text: string, index: number): string | undefined {
  return rangeSeparators.find((separator) => text.startsWith(separator, index))
}

/** Verbs that state a rise: 增长3%, 提高2个百分点, 回升0.5个百分点. */
export const risingVerbs: readonly string[] = [
  '增长',
  '增加',
  '提高',
  '提升',
  '上升',
  '上涨',
  '攀升',
  '跃升',
  '扩大',
  '回升',
  '净增',
  '增',
  '涨',
  '升',
]

/** Verbs that state a fall: 下降3%, 减少12家, 收窄1.2个百分点. */
export const fallingVerbs: readonly string[] = [
  '下降',
  '减少',
  '降低',
  '回落',
  '下滑',
  '缩小',
  '收窄',
  '下跌',
  '减小',
  '缩减',
  '削减',
  '压减',
  '压降',
  '下调',
  '减',
  '降',
  '跌',
]
