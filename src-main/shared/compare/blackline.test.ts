import { describe, expect, it } from 'vitest'
import { blackline } from './blackline'

describe('blackline', () => {
  it('marks a changed figure as one removal and one addition', () => {
    expect(blackline('2025年，3598万吨原煤产量。', '2026年，3700万吨原煤产量。')).toEqual([
      { kind: 'removed', text: '2025' },
      { kind: 'added', text: '2026' },
      { kind: 'same', text: '年，' },
      { kind: 'removed', text: '3598' },
      { kind: 'added', text: '3700' },
      { kind: 'same', text: '万吨原煤产量。' },
    ])
  })

  it('keeps a pending placeholder whole and returns the texts when joined', () => {
    const before = '完成投资10.5亿元。'
    const after = '完成投资【待填·投资·上年10.5亿元】，新增项目。'
    const parts = blackline(before, after)
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe(before)
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe(after)
    expect(parts).toContainEqual({ kind: 'added', text: '【待填·投资·上年10.5亿元】，新增项目' })
  })

  it('is all same for equal texts and all added from nothing', () => {
    expect(blackline('一样', '一样')).toEqual([{ kind: 'same', text: '一样' }])
    expect(blackline('', '新增')).toEqual([{ kind: 'added', text: '新增' }])
  })
})
