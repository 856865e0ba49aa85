import { describe, expect, it } from 'vitest'
import { formatSeriesChange, seriesChange } from './series-change'

const rate = { unit: '%', kind: 'rate' as const }
const growth = { unit: '%', kind: 'change' as const }
const tonnes = { unit: '吨', kind: 'amount' as const }

describe('seriesChange', () => {
  it('measures a rate’s change in percentage points', () => {
    expect(seriesChange(growth, 6.8, 7)).toEqual({
      change: -0.2,
      changeUnit: '个百分点',
      direction: 'up',
    })
    expect(seriesChange(rate, 99.5, 99.27)).toEqual({
      change: 0.23,
      changeUnit: '个百分点',
      direction: 'up',
    })
    expect(seriesChange({ unit: '百分点', kind: 'change' }, 1.5, 2)).toMatchObject({
      change: -0.5,
      changeUnit: '个百分点',
    })
  })

  it('measures an amount’s change in percent, none from zero', () => {
    expect(seriesChange(tonnes, 37000000, 35980000)).toEqual({
      change: 2.8349,
      changeUnit: '%',
      direction: 'up',
    })
    expect(seriesChange(tonnes, 10, 0)).toEqual({ change: null, changeUnit: null, direction: 'up' })
    expect(seriesChange(tonnes, 90, 100).direction).toBe('down')
    expect(seriesChange(tonnes, null, 100)).toEqual({
      change: null,
      changeUnit: null,
      direction: null,
    })
  })

  it('gives a change series the direction its value states', () => {
    expect(seriesChange(growth, -10.5, -11.8)).toEqual({
      change: 1.3,
      changeUnit: '个百分点',
      direction: 'down',
    })
    expect(seriesChange(growth, null, -11.8).direction).toBe('down')
    expect(seriesChange(growth, 10.5, -11.8)).toEqual({
      change: 22.3,
      changeUnit: '个百分点',
      direction: 'up',
    })
  })
})

describe('formatSeriesChange', () => {
  it('writes the unit and the sign', () => {
    expect(formatSeriesChange(-0.2, '个百分点')).toBe('-0.2个百分点')
    expect(formatSeriesChange(2.8349, '%')).toBe('+2.8%')
    expect(formatSeriesChange(null, null)).toBe('—')
  })
})
