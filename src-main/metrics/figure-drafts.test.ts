import { describe, expect, it } from 'vitest'
import { createFigureDrafter } from './figure-drafts'

describe('createFigureDrafter', () => {
  it('binds the shares of a structure ratio and keeps the ratio’s colons as text', () => {
    const { inline, drafts } = createFigureDrafter()
    const nodes = inline('三次产业结构调整为8.5:42.3:49.2。')
    expect(nodes.map((node) => node.type)).toEqual([
      'text',
      'metric',
      'text',
      'metric',
      'text',
      'metric',
      'text',
    ])
    expect(nodes.filter((node) => node.type === 'text').map((node) => node.text)).toEqual([
      '三次产业结构调整为',
      ':',
      ':',
      '。',
    ])
    expect(
      nodes.filter((node) => node.type === 'metric').map((node) => node.attrs?.seriesDraft),
    ).toEqual([0, 1, 2])
    expect(drafts.map(({ label, value, unit }) => [label, value, unit])).toEqual([
      ['第一产业占比', 8.5, '%'],
      ['第二产业占比', 42.3, '%'],
      ['第三产业占比', 49.2, '%'],
    ])
  })

  it('leaves streaks and other durations as text', () => {
    const { inline, drafts } = createFigureDrafter()
    const nodes = inline('开发区连续五年获评全省优秀开发区，新入驻企业37家。')
    expect(nodes[0]).toEqual({ type: 'text', text: '开发区连续五年获评全省优秀开发区，新入驻企业' })
    expect(drafts.map((draft) => draft.label)).toEqual(['新入驻企业'])
  })
})
