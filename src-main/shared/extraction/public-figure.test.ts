import { describe, expect, it } from 'vitest'
import { extractFigures } from './extract-figures'
import { toPublicFigure } from './public-figure'

describe('toPublicFigure', () => {
  it('keeps the contract fields in the contract order and drops the style', () => {
    const [figure] = extractFigures('全年实现城镇新增就业5580人')
    const printed = toPublicFigure(figure)
    expect(Object.keys(printed)).toEqual([
      'text',
      'start',
      'end',
      'value',
      'unit',
      'displayUnit',
      'qualifier',
      'kind',
      'label',
      'linkedTo',
      'duration',
    ])
    expect(JSON.stringify(printed)).toBe(
      '{"text":"5580人","start":10,"end":15,"value":5580,"unit":"人","displayUnit":"人",' +
        '"qualifier":"exact","kind":"count","label":"城镇新增就业","linkedTo":null,"duration":null}',
    )
  })
})
