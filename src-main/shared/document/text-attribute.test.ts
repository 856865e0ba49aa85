import { describe, expect, it } from 'vitest'
import { textAttribute } from './text-attribute'

describe('textAttribute', () => {
  it('gives strings as they are and numbers written out', () => {
    expect(textAttribute({ caption: '日盛达光伏车间' }, 'caption')).toBe('日盛达光伏车间')
    expect(textAttribute({ level: 2 }, 'level')).toBe('2')
  })

  it('gives an empty string for what is missing, null or not text', () => {
    expect(textAttribute(undefined, 'caption')).toBe('')
    expect(textAttribute({}, 'caption')).toBe('')
    expect(textAttribute({ caption: null }, 'caption')).toBe('')
    expect(textAttribute({ caption: { toString: () => 'x' } }, 'caption')).toBe('')
    expect(textAttribute({ caption: Number.NaN }, 'caption')).toBe('')
  })
})
