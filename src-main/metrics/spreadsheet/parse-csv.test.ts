import { describe, expect, it } from 'vitest'
import { parseCsv } from './parse-csv'

describe('parseCsv', () => {
  it('splits fields and CRLF lines, dropping the BOM and the final line break', () => {
    expect(parseCsv('\uFEFF指标,数值\r\n原煤产量,3598\r\n')).toEqual([
      ['指标', '数值'],
      ['原煤产量', '3598'],
    ])
  })

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsv('"产量,万吨","说明\n第二行","他说""好"""\n')).toEqual([
      ['产量,万吨', '说明\n第二行', '他说"好"'],
    ])
  })

  it('reads LF and lone CR line ends and keeps empty fields and empty lines', () => {
    expect(parseCsv('a,,c\rb\n\nd,')).toEqual([['a', '', 'c'], ['b'], [''], ['d', '']])
  })

  it('reads an empty quoted field and a file without a final line break', () => {
    expect(parseCsv('"",x\n"y"')).toEqual([['', 'x'], ['y']])
  })

  it('reads tab-separated text when the first line has tabs and no commas', () => {
    expect(parseCsv('指标\t数值\n原煤产量\t3,598\n')).toEqual([
      ['指标', '数值'],
      ['原煤产量', '3,598'],
    ])
  })

  it('reports each row as it completes, so a caller can stop early', () => {
    const seen: number[] = []
    expect(() =>
      parseCsv('1\n2\n3\n4\n', (_row, count) => {
        seen.push(count)
        if (count > 2) {
          throw new Error('too many')
        }
      }),
    ).toThrow('too many')
    expect(seen).toEqual([1, 2, 3])
  })
})
