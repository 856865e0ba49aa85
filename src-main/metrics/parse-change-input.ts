import { AppError } from '../shared/errors/app-error'
import { fallingVerbs, risingVerbs } from '../shared/extraction/lexicon'
import { WordList } from '../shared/extraction/word-list'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { parseValueInput } from './parse-value-input'

const risingWords = new WordList(risingVerbs)
const fallingWords = new WordList(fallingVerbs)
const leveledWords = /^(持平|不变)$/

/** A change typed for a change series: its size, and the direction it says, if it says one. */
export interface TypedChange {
  /** Signed when the input gave a direction (word or sign), else the magnitude. */
  value: number
  /** +1 or -1 when the input said which way (增长3%, 下降3%, -3); 0 for a bare number. */
  direction: -1 | 0 | 1
}

/**
 * Reads a value typed for a change series (增幅, 降幅): "下降10.5%", "增长3", "-10.5", "10.5%",
 * "提高0.5个百分点", "持平". A bare magnitude says no direction; the caller takes the direction
 * the report's text states. A word and a sign together ("下降-3") are refused as ambiguous.
 */
export function parseChangeInput(
  text: string,
  series: Pick<MetricSeries, 'unit' | 'displayUnit' | 'kind'>,
): TypedChange {
  const input = text.trim()
  if (leveledWords.test(input)) {
    return { value: 0, direction: 0 }
  }
  const rising = risingWords.startingAt(input, 0)
  const falling = fallingWords.startingAt(input, 0)
  const word = rising ?? falling
  const rest = word ? input.slice(word.length).trim() : input
  if (word && /^[-+−－]/.test(rest)) {
    throw new AppError('invalid_value', { text: text.slice(0, 40) })
  }
  const value = parseValueInput(rest, series)
  if (word) {
    const magnitude = Math.abs(value)
    return { value: falling ? -magnitude : magnitude, direction: falling ? -1 : 1 }
  }
  if (/^[-+−－]/.test(rest)) {
    return { value, direction: value < 0 ? -1 : 1 }
  }
  return { value, direction: 0 }
}
