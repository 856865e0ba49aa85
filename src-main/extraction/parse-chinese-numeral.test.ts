import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatChineseInteger } from '../document/format-figure'
import { isChineseNumeralChar, parseChineseNumeral } from './parse-chinese-numeral'

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['六', 6],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两千', 2000],
    ['三千零五十二', 3052],
    ['三千五百', 3500],
    ['十万', 100000],
    ['十二万三千', 123000],
    ['一万零二', 10002],
    ['两万', 20000],
    ['三千万', 30000000],
    ['一亿零五百万', 105000000],
    ['三亿五千万', 350000000],
    ['三万亿', 3000000000000],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value)
  })

  it.each([
    ['', 'empty text'],
    ['二〇二五', 'a year written digit by digit'],
    ['十四五', 'a plan name'],
    ['三百五', 'a colloquial 350 that could be 305'],
    ['一万二', 'a colloquial 12000'],
    ['百', 'a bare power'],
    ['千万', 'a bare power (千万工程)'],
    ['万', 'a bare multiplier'],
    ['二十两', '两 in the units place'],
    ['两十', '两 before 十'],
    ['一百零', 'a trailing 零'],
    ['零五', 'a leading 零'],
    ['一二三', 'digits without units'],
    ['三十百', 'ascending units'],
    ['一千零零五', 'a doubled 零'],
  ])('refuses %s (%s)', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined()
  })

  it('reads back every integer the figure formatter writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (value) => {
        expect(parseChineseNumeral(formatChineseInteger(value))).toBe(value)
      }),
    )
  })

  it('tells numeral characters from others', () => {
    expect([...'〇零一二两十百千万亿'].every(isChineseNumeralChar)).toBe(true)
    expect([...'年个第五'].map(isChineseNumeralChar)).toEqual([false, false, false, true])
  })
})
