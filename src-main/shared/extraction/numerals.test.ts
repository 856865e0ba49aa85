import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  chineseDigitValue,
  formatChineseDigits,
  formatChineseInteger,
  isChineseNumeralChar,
  legalNumerals,
  parseChineseDigits,
  parseChineseNumeral,
} from './numerals'

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

describe('formatChineseInteger', () => {
  it.each([
    [0, '零'],
    [6, '六'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1010, '一千零一十'],
    [3052, '三千零五十二'],
    [100010, '十万零一十'],
    [105000000, '一亿零五百万'],
    [1000100000000, '一万零一亿'],
  ])('writes %d as %s', (value, text) => {
    expect(formatChineseInteger(value)).toBe(text)
  })

  it('keeps the 一 of 壹拾 in the legal forms', () => {
    const legal = [1, 10, 11, 20, 101, 1010].map((value) =>
      formatChineseInteger(value, legalNumerals),
    )
    expect(legal).toEqual(['壹', '壹拾', '壹拾壹', '贰拾', '壹佰零壹', '壹仟零壹拾'])
  })

  it('writes what is not a non-negative integer in Arabic digits', () => {
    expect([-3, 2.5].map((value) => formatChineseInteger(value))).toEqual(['-3', '2.5'])
  })
})

describe('digit-by-digit numerals', () => {
  it('writes a year with 〇 and decimals with 零 when asked', () => {
    expect(formatChineseDigits('2026')).toBe('二〇二六')
    expect(formatChineseDigits('05', '零')).toBe('零五')
  })

  it('reads 〇 and 零 as 0 and refuses anything that is not a digit', () => {
    expect(parseChineseDigits('二〇二五')).toBe(2025)
    expect(parseChineseDigits('二零二五')).toBe(2025)
    expect(parseChineseDigits('二〇二十')).toBeUndefined()
    expect(parseChineseDigits('两〇二五')).toBeUndefined()
    expect(parseChineseDigits('')).toBeUndefined()
  })

  it('reads back every year it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        expect(parseChineseDigits(formatChineseDigits(String(year)))).toBe(year)
      }),
    )
  })

  it('gives each digit its value and -1 to other characters', () => {
    expect([...'〇零一五九'].map(chineseDigitValue)).toEqual([0, 0, 1, 5, 9])
    expect([...'两十年'].map(chineseDigitValue)).toEqual([-1, -1, -1])
    expect(chineseDigitValue(undefined)).toBe(-1)
    expect(chineseDigitValue('')).toBe(-1)
  })
})
