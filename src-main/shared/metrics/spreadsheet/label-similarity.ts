/** Below this a spreadsheet label and a series label are not offered as a match. */
export const fuzzyThreshold = 0.6

/** A label prepared once for many comparisons. */
export interface ComparableLabel {
  text: string
  normalized: string
  bigrams: Set<string>
}

const bracketed = /[([【][^)\]】]*[)\]】]/g
/** Row prefixes of statistical tables: 其中：, #, 一、, 1. */
const listMarkers = /^(?:其中:?|[#*]+|[一二三四五六七八九十]+、|\d+[、.](?!\d))+/
const punctuationAndSpace = /[\s\p{P}\p{S}]/gu

function normalizeLabel(label: string): string {
  const plain = label
    .normalize('NFKC')
    .replace(bracketed, '')
    .replace(/\s+/g, '')
    .replace(listMarkers, '')
  const normalized = plain.replace(punctuationAndSpace, '').toLowerCase()
  return normalized || label.trim()
}

function bigramsOf(text: string): Set<string> {
  const characters = [...text]
  const bigrams = new Set<string>()
  for (let index = 0; index + 1 < characters.length; index++) {
    bigrams.add(characters[index] + characters[index + 1])
  }
  return bigrams
}

/**
 * Prepares a label for comparison: its trimmed text, a normalised form (without spaces,
 * punctuation, notes in brackets and list markers) and that form's character bigrams.
 */
export function comparableLabel(label: string): ComparableLabel {
  const normalized = normalizeLabel(label)
  return { text: label.trim(), normalized, bigrams: bigramsOf(normalized) }
}

function dice(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 || right.size === 0) {
    return 0
  }
  let shared = 0
  for (const bigram of left) {
    if (right.has(bigram)) {
      shared++
    }
  }
  return (2 * shared) / (left.size + right.size)
}

/**
 * How alike two labels are, from 0 to 1: 1 when equal once normalised; when one contains the
 * other, between 0.5 and 1 by their length ratio; otherwise the Dice coefficient of their
 * character bigrams (原煤产量增速 ~ 原煤产量增长 = 0.8).
 */
export function labelSimilarity(left: ComparableLabel, right: ComparableLabel): number {
  if (left.normalized === right.normalized) {
    return 1
  }
  const [shorter, longer] = [left.normalized, right.normalized].sort((a, b) => a.length - b.length)
  const contained = shorter.length >= 2 && longer.includes(shorter)
  const containment = contained ? 0.5 + (0.5 * shorter.length) / longer.length : 0
  return Math.max(containment, dice(left.bigrams, right.bigrams))
}
