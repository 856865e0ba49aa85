import { describe, expect, it } from 'vitest'
import {
  fallingVerbs,
  rangeDashes,
  rangeHyphens,
  rangeMark,
  rangeSeparatorAt,
  rangeSeparators,
  rangeWords,
  risingVerbs,
} from './lexicon'

describe('range separators', () => {
  it('read —— as one separator, not as — followed by —', () => {
    expect(rangeSeparatorAt('2021——2025年', 4)).toBe('——')
    expect(rangeSeparatorAt('2021—2025年', 4)).toBe('—')
  })

  it('include the standard mark, every dash and both words, each once', () => {
    expect(rangeSeparators).toEqual(
      expect.arrayContaining([rangeMark, ...rangeDashes, ...rangeWords]),
    )
    expect(new Set(rangeSeparators).size).toBe(rangeSeparators.length)
    expect(rangeDashes).not.toContain(rangeMark)
    expect(rangeHyphens.every((hyphen) => rangeDashes.includes(hyphen))).toBe(true)
  })

  it('find nothing where no separator stands', () => {
    expect(rangeSeparatorAt('3个5个', 1)).toBeUndefined()
  })
})

describe('direction verbs', () => {
  it('say one direction each', () => {
    expect(risingVerbs.filter((verb) => fallingVerbs.includes(verb))).toEqual([])
  })
})
