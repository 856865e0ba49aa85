import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatFigure } from '../document/format-figure'
import { extractFigures } from './extract-figures'
import type { PublicFigure } from './public-figure'
import { toPublicFigure } from './public-figure'

const text = readFileSync(new URL('../../../resources/shangdang-2025.txt', import.meta.url), 'utf8')
const labelled: PublicFigure[] = JSON.parse(
  readFileSync(new URL('../../../resources/shangdang-2025.figures.json', import.meta.url), 'utf8'),
)
const extracted = extractFigures(text)

/** A match is the same span and text with the same value, unit and qualifier; labels are free. */
function matchKey(figure: PublicFigure): string {
  return [figure.start, figure.text, figure.value, figure.unit, figure.qualifier].join('|')
}

const labelledKeys = new Set(labelled.map(matchKey))
const extractedKeys = new Set(extracted.map(toPublicFigure).map(matchKey))
const matched = [...extractedKeys].filter((key) => labelledKeys.has(key)).length
const precision = matched / extractedKeys.size
const recall = matched / labelledKeys.size
const counts = `${matched} of ${extractedKeys.size} extracted, ${labelledKeys.size} labelled`
const score = `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${counts})`

describe('the 上党区 2025 sample report', () => {
  it('has hand labels that point into the text in the public shape', () => {
    const keys = 'text start end value unit displayUnit qualifier kind label'.split(' ')
    for (const figure of labelled) {
      expect(Object.keys(figure)).toEqual(keys)
      expect(text.slice(figure.start, figure.end)).toBe(figure.text)
      expect(figure.label).not.toBe('')
    }
    expect(labelled.map((figure) => figure.start)).toEqual(
      labelled.map((figure) => figure.start).sort((a, b) => a - b),
    )
  })

  it(`matches the hand labels: ${score}`, () => {
    console.log(`shangdang-2025: ${score}`)
    // Exact: the sample is the text the rules were developed on, so any miss is a regression.
    expect(precision).toBe(1)
    expect(recall).toBe(1)
  })

  it('agrees with the hand labels on every kind and display unit it matches', () => {
    const byKey = new Map(labelled.map((figure) => [matchKey(figure), figure]))
    const disagreements = extracted
      .map(toPublicFigure)
      .filter((figure) => byKey.has(matchKey(figure)))
      .filter((figure) => {
        const hand = byKey.get(matchKey(figure))
        return hand?.kind !== figure.kind || hand.displayUnit !== figure.displayUnit
      })
    expect(disagreements).toEqual([])
  })

  it('writes back every figure it extracts from the report', () => {
    for (const figure of extracted) {
      expect(text.slice(figure.start, figure.end)).toBe(figure.text)
      expect(formatFigure(figure.value, figure.style)).toBe(figure.text)
      expect(figure.label).not.toBe('')
    }
  })

  it('finds no figure in the years, plan names and fixed terms of the report', () => {
    const texts = extracted.map((figure) => figure.text)
    for (const term of ['2025', '2026', '二〇二五', '十四五', '四宜', '一件件', '第七届', '2.5']) {
      expect(texts.some((found) => found.includes(term))).toBe(false)
    }
  })
})
