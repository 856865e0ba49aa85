import { describe, expect, it } from 'vitest'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { countPendingFigures } from './count-pending-figures'

type MetricRow = ChannelOutput<'metrics.list'>['rows'][number]

function row(id: number, value: number | null | 'none', sectionIds: number[]): MetricRow {
  const current =
    value === 'none'
      ? null
      : {
          seriesId: id,
          year: 2026,
          value,
          displayUnit: '万吨',
          qualifier: 'exact' as const,
          source: '',
          reviewStatus: 'pending' as const,
          reviewedBy: null,
          reviewedAt: null,
          updatedAt: '2026-01-01T00:00:00Z',
        }
  return {
    id,
    familyId: 'f',
    label: `指标${id}`,
    unit: '吨',
    displayUnit: '万吨',
    qualifier: 'exact',
    kind: 'amount',
    baseSeriesId: null,
    bindingStatus: 'accepted',
    current,
    previous: null,
    change: null,
    changeUnit: null,
    direction: null,
    occurrences: sectionIds.map((sectionId, index) => ({ sectionId, sectionTitle: '', index })),
  }
}

describe('countPendingFigures', () => {
  const rows = [row(1, 3598, [10, 11]), row(2, null, [10, 12, 12]), row(3, 'none', [11])]

  it('counts every occurrence of a series without a value this year', () => {
    expect(countPendingFigures(rows)).toBe(4)
  })

  it('counts only the occurrences in the exported sections', () => {
    expect(countPendingFigures(rows, [12])).toBe(2)
    expect(countPendingFigures(rows, [10, 11])).toBe(2)
  })

  it('is zero when every figure has its value', () => {
    expect(countPendingFigures([row(1, 3598, [10])])).toBe(0)
  })
})
