import { describe, expect, it } from 'vitest'
import { formatListNumber } from './format-list-number'

function formatted(format: string, values: number[]): (string | undefined)[] {
  return values.map((value) => formatListNumber(value, format))
}

describe('formatListNumber', () => {
  it('counts in Chinese the way report headings are numbered', () => {
    expect(formatted('chineseCounting', [1, 2, 9, 10, 11, 19, 20, 21, 99])).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
    ])
    expect(formatted('chineseCountingThousand', [100, 101, 110, 1001, 1010, 2345])).toEqual([
      '一百',
      '一百零一',
      '一百一十',
      '一千零一',
      '一千零一十',
      '二千三百四十五',
    ])
    expect(formatted('chineseCounting', [100, 105])).toEqual(['一〇〇', '一〇五'])
    expect(formatted('chineseLegalSimplified', [1, 10, 11, 20, 101])).toEqual([
      '壹',
      '壹拾',
      '壹拾壹',
      '贰拾',
      '壹佰零壹',
    ])
    expect(formatted('ideographTraditional', [1, 4, 10, 11])).toEqual(['甲', '丁', '癸', '11'])
    expect(formatted('ideographZodiac', [1, 12])).toEqual(['子', '亥'])
    expect(formatted('ideographDigital', [2025])).toEqual(['二〇二五'])
  })

  it('writes digits, enclosed digits, letters and Roman numerals', () => {
    expect(formatted('decimal', [1, 12])).toEqual(['1', '12'])
    expect(formatted('decimalZero', [3, 12])).toEqual(['03', '12'])
    expect(formatted('decimalFullWidth', [12])).toEqual(['１２'])
    expect(formatted('decimalEnclosedCircle', [1, 20, 21])).toEqual(['①', '⑳', '21'])
    expect(formatted('decimalEnclosedParen', [1, 3])).toEqual(['⑴', '⑶'])
    expect(formatted('decimalEnclosedFullstop', [2])).toEqual(['⒉'])
    expect(formatted('upperLetter', [1, 26, 27, 53])).toEqual(['A', 'Z', 'AA', 'AAA'])
    expect(formatted('lowerLetter', [2, 28])).toEqual(['b', 'bb'])
    expect(formatted('upperRoman', [4, 9, 14, 1994])).toEqual(['IV', 'IX', 'XIV', 'MCMXCIV'])
    expect(formatted('lowerRoman', [3])).toEqual(['iii'])
  })

  it('shows no number for a bullet, nothing for none, and decimal for the unknown', () => {
    expect(formatListNumber(1, 'bullet')).toBeUndefined()
    expect(formatListNumber(1, 'none')).toBe('')
    expect(formatListNumber(7, 'hebrew2')).toBe('7')
  })
})
