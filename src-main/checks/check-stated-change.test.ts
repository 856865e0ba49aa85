import { describe, expect, it } from 'vitest'
import type { StatedChange } from './check-stated-change'
import { checkStatedChange } from './check-stated-change'

const percent = (value: number, decimals = 0): StatedChange => ({ value, unit: '%', decimals })
const points = (value: number, decimals = 0): StatedChange => ({ value, unit: '百分点', decimals })

describe('checkStatedChange', () => {
  it('accepts a change within half a unit of its last written digit', () => {
    expect(checkStatedChange(percent(46), 146, 100, false)).toEqual({ status: 'ok' })
    expect(checkStatedChange(percent(46), 145.6, 100, false)).toEqual({ status: 'ok' })
    expect(checkStatedChange(percent(46), 146.5, 100, false)).toEqual({ status: 'ok' })
    expect(checkStatedChange(percent(21.7, 1), 28000, 23000, false)).toEqual({ status: 'ok' })
    expect(checkStatedChange(percent(-11.8, 1), 88.2, 100, false)).toEqual({ status: 'ok' })
  })

  it('reports a mismatch with the unrounded computed change', () => {
    expect(checkStatedChange(percent(46), 144, 100, false)).toEqual({
      status: 'mismatch',
      computed: 44,
    })
    const justOutside = checkStatedChange(percent(46), 146.51, 100, false)
    expect(justOutside.status).toBe('mismatch')
    const oneDecimal = checkStatedChange(percent(-11.8, 1), 88.1, 100, false)
    expect(oneDecimal).toEqual({ status: 'mismatch', computed: expect.closeTo(-11.9, 9) })
  })

  it('reports a change stated in the opposite direction', () => {
    expect(checkStatedChange(percent(20), 80, 100, false)).toEqual({
      status: 'wrong-direction',
      computed: -20,
    })
    expect(checkStatedChange(points(1.5, 1), 95.5, 97, true)).toEqual({
      status: 'wrong-direction',
      computed: -1.5,
    })
  })

  it('checks a rate change in 百分点 as the difference of the rates', () => {
    expect(checkStatedChange(points(1.5, 1), 97, 95.5, true)).toEqual({ status: 'ok' })
    expect(checkStatedChange(points(3), 97, 95.5, true)).toEqual({
      status: 'mismatch',
      computed: 1.5,
    })
    // 2 written without decimals stands for 1.5–2.5.
    expect(checkStatedChange(points(2), 97, 95.5, true)).toEqual({ status: 'ok' })
  })

  it('reports a difference of rates stated in %, but accepts the relative change of a rate', () => {
    expect(checkStatedChange(percent(1.5, 1), 97, 95.5, true)).toEqual({
      status: 'wrong-unit',
      expectedUnit: '百分点',
      computed: 1.5,
    })
    // (97 − 95.5) / 95.5 = 1.57%: a rate may grow by a per cent of itself.
    expect(checkStatedChange(percent(1.57, 2), 97, 95.5, true)).toEqual({ status: 'ok' })
  })

  it('reports 百分点 where only the relative change matches or the values are no rates', () => {
    expect(checkStatedChange(points(10), 11, 10, true)).toEqual({
      status: 'wrong-unit',
      expectedUnit: '%',
      computed: expect.closeTo(10, 9),
    })
    expect(checkStatedChange(points(15), 230, 200, false)).toEqual({
      status: 'wrong-unit',
      expectedUnit: '%',
      computed: 15,
    })
  })

  it('cannot check a change from zero or from a negative value', () => {
    expect(checkStatedChange(percent(100), 5, 0, false)).toEqual({ status: 'not-checkable' })
    expect(checkStatedChange(percent(50), -5, -10, false)).toEqual({ status: 'not-checkable' })
    expect(checkStatedChange(points(5), 5, 0, false)).toEqual({ status: 'not-checkable' })
    // A rate from 0% still has a difference in 百分点.
    expect(checkStatedChange(points(5), 5, 0, true)).toEqual({ status: 'ok' })
  })
})
