import { describe, expect, it } from 'vitest'
import { defaultFigureStyle } from './figure-style'
import { metricAttributesOf } from './metric-node'

describe('metricAttributesOf', () => {
  it('fills every style default for a bare node and keeps what the node gives', () => {
    expect(metricAttributesOf(undefined)).toEqual({ ...defaultFigureStyle, seriesId: 0 })
    const given = { seriesId: 7, template: '{v}万吨', scale: 10000, decimals: 1, fullWidth: true }
    expect(metricAttributesOf(given)).toEqual({ ...defaultFigureStyle, ...given })
  })

  it('treats a null attribute from old JSON as missing', () => {
    expect(metricAttributesOf({ seriesId: 3, scale: null, numerals: null })).toEqual({
      ...defaultFigureStyle,
      seriesId: 3,
    })
  })

  it('leaves out attributes that are no figure style', () => {
    expect(metricAttributesOf({ seriesId: 3, colour: 'red' })).not.toHaveProperty('colour')
  })
})
