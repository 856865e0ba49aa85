import { describe, expect, it } from 'vitest'
import { toHalfWidthDigits } from './to-half-width-digits'

describe('toHalfWidthDigits', () => {
  it('writes full-width digits and points half-width and keeps everything else', () => {
    expect(toHalfWidthDigits('２０２５年增长１２．５%，1,200人')).toBe('2025年增长12.5%，1,200人')
  })
})
