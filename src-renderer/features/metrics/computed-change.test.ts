import { describe, expect, it } from 'vitest'
import { computedChangeNote } from './computed-change'
import type { MetricRow } from './metrics-store'

const row = (overrides: Partial<MetricRow>): MetricRow =>
  ({
    id: 1,
    familyId: 'f',
    label: '绿电规模',
    unit: '千瓦时',
    displayUnit: '万千瓦时',
    qualifier: 'exact',
    kind: 'amount',
    baseSeriesId: null,
    bindingStatus: 'accepted',
    current: null,
    previous: null,
    change: null,
    changeUnit: null,
    direction: null,
    occurrences: [],
    ...overrides,
  }) as MetricRow

describe('computedChangeNote', () => {
  it('gives the change of the linked series in the unit it calls for', () => {
    const stated = row({ id: 2, kind: 'change', unit: '%', baseSeriesId: 1 })
    expect(computedChangeNote(stated, row({ change: 45.83, changeUnit: '%' }))).toBe('+45.8%')
    expect(computedChangeNote(stated, row({ change: -11.84, changeUnit: '%' }))).toBe('-11.8%')
    const rate = row({ unit: '%', kind: 'rate', change: 0.23, changeUnit: '个百分点' })
    expect(computedChangeNote({ ...stated, unit: '百分点' }, rate)).toBe('+0.23个百分点')
  })

  it('has nothing to show without both years, or for what is not a stated change', () => {
    const stated = row({ id: 2, kind: 'change', unit: '%', baseSeriesId: 1 })
    expect(computedChangeNote(stated, row({ change: null }))).toBeUndefined()
    expect(computedChangeNote(row({}), row({ change: 3, changeUnit: '%' }))).toBeUndefined()
    expect(computedChangeNote(stated, undefined)).toBeUndefined()
  })
})
