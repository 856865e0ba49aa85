import { describe, expect, it } from 'vitest'
import { isHanCharacter } from './is-han-character'

describe('isHanCharacter', () => {
  it('accepts Chinese characters and 〇', () => {
    expect([...'上党区〇㐀豈'].every((char) => isHanCharacter(char))).toBe(true)
  })

  it('rejects digits, Latin letters, punctuation and nothing', () => {
    const others = ['5', '５', 'A', '，', '。', '“', '～', ' ', '', undefined]
    expect(others.filter((char) => isHanCharacter(char))).toEqual([])
  })
})
