import { describe, expect, it } from 'vitest'
import { planYears } from './date-reference'
import { findDateReferences } from './find-date-references'
import { rangeSeparators } from './lexicon'

describe('findDateReferences', () => {
  it('finds Arabic and Chinese years', () => {
    expect(findDateReferences('2024年，上党区交出二〇二五年答卷，二零二六年再出发')).toEqual([
      { text: '2024年', start: 0, end: 5, kind: 'year', year: 2024 },
      { text: '二〇二五年', start: 11, end: 16, kind: 'year', year: 2025 },
      { text: '二零二六年', start: 19, end: 24, kind: 'year', year: 2026 },
    ])
  })

  it('keeps 底 and 度 outside a year', () => {
    expect(findDateReferences('截至2025年底，2024年度')).toEqual([
      { text: '2025年', start: 2, end: 7, kind: 'year', year: 2025 },
      { text: '2024年', start: 9, end: 14, kind: 'year', year: 2024 },
    ])
  })

  it('reads full-width years', () => {
    expect(findDateReferences('２０２５年')).toEqual([
      { text: '２０２５年', start: 0, end: 5, kind: 'year', year: 2025 },
    ])
  })

  it('finds dates with and without a year', () => {
    expect(findDateReferences('3月5日召开，2025年12月底，十二月三十一日，2026年1月8号')).toEqual([
      { text: '3月5日', start: 0, end: 4, kind: 'date' },
      { text: '2025年12月', start: 7, end: 15, kind: 'date', year: 2025 },
      { text: '十二月三十一日', start: 17, end: 24, kind: 'date' },
      { text: '2026年1月8号', start: 25, end: 34, kind: 'date', year: 2026 },
    ])
  })

  it('reads a month range as its last month', () => {
    expect(findDateReferences('1-9月')).toEqual([{ text: '9月', start: 2, end: 4, kind: 'date' }])
  })

  it('splits a year range into two years', () => {
    expect(findDateReferences('2021—2025年')).toEqual([
      { text: '2021', start: 0, end: 4, kind: 'year', year: 2021 },
      { text: '2025年', start: 5, end: 10, kind: 'year', year: 2025 },
    ])
  })

  it('finds five-year plans without their quotes', () => {
    expect(findDateReferences('“十四五”期间，谋划十五五规划')).toEqual([
      { text: '十四五', start: 1, end: 4, kind: 'plan', plan: 14 },
      { text: '十五五', start: 10, end: 13, kind: 'plan', plan: 15 },
    ])
  })

  it('finds relative years with their offset', () => {
    expect(findDateReferences('今年比去年、上年同期和前年都好，明年再上台阶')).toEqual([
      { text: '今年', start: 0, end: 2, kind: 'relative', offset: 0 },
      { text: '去年', start: 3, end: 5, kind: 'relative', offset: -1 },
      { text: '上年', start: 6, end: 8, kind: 'relative', offset: -1 },
      { text: '前年', start: 11, end: 13, kind: 'relative', offset: -2 },
      { text: '明年', start: 16, end: 18, kind: 'relative', offset: 1 },
    ])
  })

  it.each([
    ['2026', 'a bare number without 年'],
    ['五年来', 'a span of years'],
    ['三年连降', 'a span of years'],
    ['600年历史', 'a number of years outside 1900–2099'],
    ['第一季度、前三季度、上半年', 'quarters and halves'],
    ['三个月', 'a number of months'],
    ['目前年产能', '前年 inside 目前'],
    ['以上年份', '上年 inside 以上'],
    ['文明年代', '明年 inside 文明'],
    ['二十四五', 'no plan inside a longer numeral'],
  ])('finds nothing in %s (%s)', (text) => {
    expect(findDateReferences(text)).toEqual([])
  })

  it('gives each plan its years', () => {
    expect([planYears(14), planYears(15), planYears(1), planYears(3)]).toEqual([
      { first: 2021, last: 2025 },
      { first: 2026, last: 2030 },
      { first: 1953, last: 1957 },
      { first: 1966, last: 1970 },
    ])
  })
})

describe('year ranges', () => {
  it.each(rangeSeparators)('reads the two years of 2021%s2025年', (separator) => {
    const years = findDateReferences(`2021${separator}2025年`)
    expect(years.map(({ kind, year }) => ({ kind, year }))).toEqual([
      { kind: 'year', year: 2021 },
      { kind: 'year', year: 2025 },
    ])
  })
})
