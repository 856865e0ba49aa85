import type { FigureStyle } from '../document/figure-style'
import type { DurationKind } from './read-duration'

/** over: 超/超过/突破/逾/以上; about: 余/多/约/近/左右/上下; under: 不足/不到/未满/以下. */
export const figureQualifiers = ['exact', 'over', 'about', 'under'] as const
export type FigureQualifier = (typeof figureQualifiers)[number]

/**
 * amount: money and physical quantities (元, 吨, 千瓦时, 公里, 亩 …); count: measure-word counts
 * (个, 家, 座, 人 …); change: %, 百分点, 成 or 倍 after a direction word (增长46%, 下降11.8%,
 * 提高2个百分点); rate: the other %, ‰, 成, 倍 figures (达线率99.27%, 开工率超70%).
 */
export const figureKinds = ['amount', 'count', 'change', 'rate'] as const
export type FigureKind = (typeof figureKinds)[number]

/**
 * One figure found in report text.
 *
 * Span: the number with what is written inside it or right after it — multiplier, unit and
 * qualifiers such as 余, 多, 以上, 以下, 左右 ("300余米", "二十余个", "10%以上", "5000人左右").
 * Qualifier verbs before the number (超过, 突破, 逾, 约, 近, 不足, 不到) and direction words
 * (增长, 下降, 提高 …) stay outside the span; they still set `qualifier` and the sign of `value`.
 */
export interface ExtractedFigure {
  /** Exactly `input.slice(start, end)`. */
  text: string
  /** UTF-16 offset of the first character in the input. */
  start: number
  /** UTF-16 offset just past the last character. */
  end: number
  /**
   * In base units (3598万吨 → 35980000). Changes are signed: negative after 下降/减少/降低/回落/
   * 下滑/缩小/收窄/减 and the like, positive otherwise, while the text shows the magnitude.
   */
  value: number
  /** Base unit: "吨", "元", "个", "%", "百分点"; "" for a bare 万/亿 ("人口35万"). */
  unit: string
  /** The unit the number is written in: "万吨", "亿元", "个百分点", "％". */
  displayUnit: string
  qualifier: FigureQualifier
  kind: FigureKind
  /** What is measured, from the nearest noun phrase ("原煤产量", "城镇新增就业"); never empty. */
  label: string
  /**
   * For a change or a share: the index (in the same list) of the figure it is about, when the
   * text says so ("9480万千瓦时绿电规模同比增长46%" → the 9480万千瓦时 figure); else null.
   */
  linkedTo: number | null
  /**
   * For a count of years or 届: 'streak' after 连续 (连续五年, which a roll forward proposes to
   * make 连续六年), 'period' for another length of time (过去三年, 五年来); null otherwise.
   * Imports leave durations as text: the calendar moves them on, not the statistics.
   */
  duration: DurationKind | null
  /** How to write the figure again from its value: `formatFigure(value, style) === text`. */
  style: FigureStyle
}
