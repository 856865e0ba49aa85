import { describe, expect, it } from 'vitest'
import { guessColumns, looksNumeric } from './guess-columns'

describe('guessColumns', () => {
  it('reads the data-check sheet: header on row 2, this year not last year', () => {
    const rows = [
      ['2025年上党区高质量发展答卷 · 数据核对表（2025年）'],
      ['指标', '类别', '单位', '上年（2024）', '本年（2025）', '变化（%）', '来源'],
      ['原煤产量', '总量', '万吨', '', '3598', '', '导入'],
    ]
    expect(guessColumns(rows, 2025)).toEqual({
      headerRow: 1,
      labelColumn: 0,
      valueColumn: 4,
      unitColumn: 2,
    })
  })

  it("prefers the report's year over last year and growth rates", () => {
    const rows = [
      ['序号', '指标名称', '计量单位', '2024年', '2025年', '比上年增长(%)'],
      ['1', '原煤产量', '万吨', '3400', '3598', '5.8'],
    ]
    expect(guessColumns(rows, 2025)).toEqual({
      headerRow: 0,
      labelColumn: 1,
      valueColumn: 4,
      unitColumn: 2,
    })
    expect(guessColumns(rows, 2024).valueColumn).toBe(3)
    expect(guessColumns(rows).valueColumn).toBe(4)
  })

  it('reads a table of years (2021 … 2025) as one column per year, none after the report year', () => {
    const rows = [
      ['指标', '单位', '2021年', '2022年', '2023年', '2024年', '2025年', '2026年'],
      ['原煤产量', '万吨', '3200', '3300', '3500', '3598', '3700', ''],
    ]
    const mapping = guessColumns(rows, 2025)
    expect(mapping.valueColumn).toBe(6)
    expect(mapping.yearColumns?.map((item) => item.year)).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(guessColumns(rows, 2023).yearColumns?.map((item) => item.year)).toEqual([
      2021, 2022, 2023,
    ])
    // Two year columns are this year against last, as in a 快报: not a table of years.
    expect(guessColumns(rows, 2022).yearColumns).toBeUndefined()
  })

  it('knows 项目 / 本年 / 绝对值 style headers below a title', () => {
    const rows = [
      ['主要经济指标完成情况'],
      [],
      ['项目', '单位', '绝对值', '增速（%）'],
      ['地区生产总值', '亿元', '320.5', '5.1'],
    ]
    expect(guessColumns(rows, 2025)).toEqual({
      headerRow: 2,
      labelColumn: 0,
      valueColumn: 2,
      unitColumn: 1,
    })
  })

  it('finds the value column by its numbers when its header is unknown', () => {
    const rows = [
      ['指标', '备注', '数据'],
      ['原煤产量', '初步统计', '3598'],
      ['洗精煤', '', '2154'],
    ]
    expect(guessColumns(rows, 2025)).toEqual({ headerRow: 0, labelColumn: 0, valueColumn: 2 })
  })

  it('without headers takes the most textual column as labels, most numeric as values', () => {
    const rows = [
      ['1', '原煤产量', '3598'],
      ['2', '洗精煤', '2154'],
      ['3', '电煤保供', '420'],
    ]
    expect(guessColumns(rows, 2025)).toEqual({ headerRow: null, labelColumn: 1, valueColumn: 2 })
  })
})

describe('looksNumeric', () => {
  const numbers = ['3598', '1,200.5', '-11.8', '46%', '３７００', '５.２％']
  const others = ['', '—', '3598万吨', '2025年', 'abc', '1.2.3']

  it.each(numbers)('reads %j as a number', (text) => {
    expect(looksNumeric(text)).toBe(true)
  })

  it.each(others)('does not read %j as a bare number', (text) => {
    expect(looksNumeric(text)).toBe(false)
  })
})
