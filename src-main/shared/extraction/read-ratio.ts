import figureWords from './figure-words.json'
import type { ArabicNumber } from './read-arabic-number'
import { digitValueAt, readArabicNumber } from './read-arabic-number'

/** One share of a structure ratio as written: the number alone ("41.7"). */
export interface RatioPart extends ArabicNumber {
  start: number
}

const { contexts, reach, tolerance } = figureWords.ratio
const separators = new Set(figureWords.ratio.separators)
const sentenceBreaks = new Set('。；！？\n')

function saysStructure(text: string, start: number): boolean {
  let from = start
  while (from > 0 && start - from < reach && !sentenceBreaks.has(text[from - 1])) {
    from--
  }
  const before = text.slice(from, start)
  return contexts.some((context) => before.includes(context))
}

/**
 * The three shares of a structure ratio starting at `start` ("三次产业结构调整为9.6:41.7:48.7",
 * with ：or ∶ too), or undefined. Only three parts that add up to 100 within rounding, in a
 * sentence that names the structure of the economy (figure-words.json), are shares; a ratio
 * such as 城乡收入比2.1:1 or a time of day is not.
 */
export function readRatio(text: string, start: number): RatioPart[] | undefined {
  const first = readArabicNumber(text, start)
  // Almost every number is followed by something else: leave at once, this runs on each one.
  if (!separators.has(text[first.end]) || digitValueAt(text, first.end + 1) < 0) {
    return undefined
  }
  const parts: RatioPart[] = []
  let number = first
  let position = start
  while (parts.length < 4) {
    if (number.grouping || number.mixedWidth) {
      return undefined
    }
    parts.push({ ...number, start: position })
    if (!separators.has(text[number.end]) || digitValueAt(text, number.end + 1) < 0) {
      break
    }
    position = number.end + 1
    number = readArabicNumber(text, position)
  }
  const total = parts.reduce((sum, part) => sum + Number(part.digits), 0)
  const closed = parts.length === 3 && digitValueAt(text, parts[2].end) < 0
  if (!closed || Math.abs(total - 100) > tolerance || !saysStructure(text, start)) {
    return undefined
  }
  return parts
}
