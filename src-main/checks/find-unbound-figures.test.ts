import { describe, expect, it } from 'vitest'
import type { DocumentNode } from '../shared/document/document-json'
import { documentTextMap } from '../shared/document/document-text-map'
import { findUnboundFigures } from './find-unbound-figures'

function paragraph(...parts: (string | number)[]): DocumentNode {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: parts.map((part) =>
          typeof part === 'number'
            ? { type: 'metric', attrs: { seriesId: part, template: '{v}万吨', scale: 10000 } }
            : { type: 'text', text: part },
        ),
      },
    ],
  }
}

const lastYear = documentTextMap(paragraph('2025年，', 1, '原煤产量、', 2, '洗精煤。'))

describe('findUnboundFigures', () => {
  it('finds a written number where last year had a bound figure', () => {
    const thisYear = documentTextMap(paragraph('2026年，3700万吨原煤产量、', 2, '洗精煤。'))
    expect(findUnboundFigures(thisYear, lastYear)).toEqual([
      { start: 6, end: 12, text: '3700万吨', previousSeriesId: 1 },
    ])
  })

  it('finds nothing when the figures are still bound, or a number is new', () => {
    expect(
      findUnboundFigures(
        documentTextMap(paragraph('2026年，', 1, '原煤产量、', 2, '洗精煤。')),
        lastYear,
      ),
    ).toEqual([])
    expect(
      findUnboundFigures(
        documentTextMap(paragraph('2026年，', 1, '原煤产量、', 2, '洗精煤，新增8座矿井。')),
        lastYear,
      ),
    ).toEqual([])
  })

  it('finds both when both figures were typed over', () => {
    const thisYear = documentTextMap(paragraph('2026年，3700万吨原煤产量、2200万吨洗精煤。'))
    expect(findUnboundFigures(thisYear, lastYear).map((found) => found.previousSeriesId)).toEqual([
      1, 2,
    ])
  })
})
