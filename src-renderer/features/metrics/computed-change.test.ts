import { describe, expect, it } from 'vitest'
import { computedChange, computedChangeNote } from './computed-change'
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
    occurrences: [],
    ...overrides,
  }) as MetricRow

describe('computedChange', () => {
  it('takes the change of the base series for a stated % change', () => {
    const stated = row({ id: 2, kind: 'change', unit: '%', baseSeriesId: 1 })
    expect(computedChange(stated, row({ change: 45.83 }))).toBe(45.83)
    expect(computedChangeNote(45.83)).toBe('+45.8%')
    expect(computedChangeNote(-11.84)).toBe('-11.8%')
  })

  it('has nothing to show without both years, for 百分点, or for non-changes', () => {
    const stated = row({ id: 2, kind: 'change', unit: '%', baseSeriesId: 1 })
    expect(computedChange(stated, row({ change: null }))).toBeUndefined()
    expect(computedChange({ ...stated, unit: '百分点' }, row({ change: 3 }))).toBeUndefined()
    expect(computedChange(row({}), row({ change: 3 }))).toBeUndefined()
    expect(computedChange(stated, undefined)).toBeUndefined()
  })
})
