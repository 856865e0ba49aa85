import { deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildTestXlsx } from './build-test-xlsx'
import { readSpreadsheet } from './read-spreadsheet'

async function xlsxBytes(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  build(book)
  return Buffer.from(await book.xlsx.writeBuffer())
}

const utf8 = (text: string) => new TextEncoder().encode(text)

// "指标名称,本年,单位\r\n原煤产量,3700,万吨\r\n" as Notepad saves it in GBK ("ANSI").
const gbkCsv = new Uint8Array([
  0xd6, 0xb8, 0xb1, 0xea, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb1, 0xbe, 0xc4, 0xea, 0x2c, 0xb5, 0xa5,
  0xce, 0xbb, 0x0d, 0x0a, 0xd4, 0xad, 0xc3, 0xba, 0xb2, 0xfa, 0xc1, 0xbf, 0x2c, 0x33, 0x37, 0x30,
  0x30, 0x2c, 0xcd, 0xf2, 0xb6, 0xd6, 0x0d, 0x0a,
])

describe('reading .xlsx', () => {
  it('reads each cell as Excel shows it, without thousands separators', async () => {
    const bytes = await xlsxBytes((book) => {
      const sheet = book.addWorksheet('主要指标')
      sheet.mergeCells('A1:C1')
      sheet.getCell('A1').value = '2025年上党区主要经济指标'
      sheet.getRow(2).values = ['指标', '本年', '单位']
      sheet.getRow(3).values = ['原煤产量', 35980000, '吨']
      sheet.getCell('B3').numFmt = '#,##0'
      sheet.getRow(4).values = ['涉煤项目完成投资', { formula: 'B5/10', result: 10.5 }, '亿元']
      const richLabel = { richText: [{ text: '绿电' }, { text: '规模', font: { bold: true } }] }
      sheet.getRow(5).values = [richLabel, 105, '亿千瓦时']
      sheet.getRow(6).values = ['开工率', 0.7, null]
      sheet.getCell('B6').numFmt = '0.0%'
      sheet.getRow(7).values = ['洗精煤', 2154.456, '']
      sheet.getCell('B7').numFmt = '0.00"万吨"'
      sheet.getRow(8).values = ['统计日期', new Date(Date.UTC(2026, 0, 15)), ' 说明 ']
      sheet.getRow(10).values = ['城镇新增就业', 0.1 + 0.2]
      book.addWorksheet('空表')
    })
    const { sheets } = await readSpreadsheet('统计表.xlsx', bytes)
    expect(sheets.map((sheet) => sheet.name)).toEqual(['主要指标', '空表'])
    expect(sheets[0].rows).toEqual([
      ['2025年上党区主要经济指标', '2025年上党区主要经济指标', '2025年上党区主要经济指标'],
      ['指标', '本年', '单位'],
      ['原煤产量', '35980000', '吨'],
      ['涉煤项目完成投资', '10.5', '亿元'],
      ['绿电规模', '105', '亿千瓦时'],
      ['开工率', '70.0%'],
      ['洗精煤', '2154.46万吨'],
      ['统计日期', '2026-01-15', '说明'],
      [],
      ['城镇新增就业', '0.3'],
    ])
    expect(sheets[1].rows).toEqual([])
  })

  it('reads only the first ten sheets', async () => {
    const bytes = await xlsxBytes((book) => {
      for (let index = 1; index <= 12; index++) {
        book.addWorksheet(`表${index}`).getCell('A1').value = index
      }
    })
    const { sheets } = await readSpreadsheet('many.XLSX', bytes)
    const names = Array.from({ length: 10 }, (_, index) => `表${index + 1}`)
    expect(sheets.map((sheet) => sheet.name)).toEqual(names)
  })

  it('refuses a damaged file and one with no content', async () => {
    await expect(readSpreadsheet('坏文件.xlsx', utf8('这不是压缩包'))).rejects.toMatchObject({
      code: 'spreadsheet_unreadable',
      message: expect.stringContaining('坏文件.xlsx'),
    })
    const empty = await xlsxBytes((book) => book.addWorksheet('Sheet1'))
    await expect(readSpreadsheet('空.xlsx', empty)).rejects.toMatchObject({
      code: 'spreadsheet_empty',
    })
  })

  it('counts rows up to the last value, not rows kept only for their formatting', async () => {
    const bytes = await xlsxBytes((book) => {
      const sheet = book.addWorksheet('格式')
      sheet.getCell('A1').value = '原煤产量'
      sheet.getCell('B1').value = 3598
      sheet.getRow(30000).height = 30
      sheet.getCell('C30000').numFmt = '0.00'
    })
    const { sheets } = await readSpreadsheet('格式.xlsx', bytes)
    expect(sheets[0].rows).toEqual([['原煤产量', '3598']])
  })

  it('refuses more than 20,000 rows', async () => {
    const bytes = await xlsxBytes((book) => {
      const sheet = book.addWorksheet('大表')
      sheet.getCell('A20001').value = '最后一行'
    })
    await expect(readSpreadsheet('大表.xlsx', bytes)).rejects.toMatchObject({
      code: 'spreadsheet_too_many_rows',
      message: expect.stringContaining('20000'),
    })
  })
})

describe('reading .csv', () => {
  it('reads UTF-8 with a BOM and quoted fields', async () => {
    const text = '\uFEFF指标,本年,单位\r\n"原煤产量",3700,万吨\r\n"投资,合计","1,050",万元\r\n'
    const bytes = utf8(text)
    expect(await readSpreadsheet('C:\\数据\\统计表.csv', bytes)).toEqual({
      sheets: [
        {
          name: '统计表',
          rows: [
            ['指标', '本年', '单位'],
            ['原煤产量', '3700', '万吨'],
            ['投资,合计', '1,050', '万元'],
          ],
        },
      ],
    })
  })

  it('reads GBK bytes as Excel on a Chinese Windows saves them', async () => {
    const { sheets } = await readSpreadsheet('统计表.CSV', gbkCsv)
    expect(sheets[0].rows).toEqual([
      ['指标名称', '本年', '单位'],
      ['原煤产量', '3700', '万吨'],
    ])
  })

  it('refuses more than 20,000 rows and binary content', async () => {
    await expect(readSpreadsheet('大.csv', utf8('a,1\n'.repeat(20_001)))).rejects.toMatchObject({
      code: 'spreadsheet_too_many_rows',
    })
    const { sheets } = await readSpreadsheet('刚好.csv', utf8('a,1\n'.repeat(20_000)))
    expect(sheets[0].rows).toHaveLength(20_000)
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])
    await expect(readSpreadsheet('图.csv', png)).rejects.toMatchObject({
      code: 'spreadsheet_unreadable',
    })
  })
})

describe('refusing files', () => {
  const names = ['统计表.xls', '统计表.txt', '统计表', '统计表.xlsx.exe']

  it.each(names)('refuses %s by its type, in Chinese', async (name) => {
    await expect(readSpreadsheet(name, utf8('a,1'))).rejects.toMatchObject({
      code: 'unsupported_spreadsheet',
      message: expect.stringContaining('请选择 .xlsx 或 .csv 文件'),
    })
  })

  it('refuses files over 10 MB', async () => {
    const bytes = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x31)
    await expect(readSpreadsheet('大.csv', bytes)).rejects.toMatchObject({
      code: 'file_too_large',
      message: '文件过大（10.0 MB），上限为 10 MB。',
    })
  })
})

describe('reading a hostile .xlsx', () => {
  const megabyte = 1024 * 1024
  const sheet = (rows: string) => `<sheetData>${rows}</sheetData>`
  const row = (number: number, cells: string) => `<row r="${number}">${cells}</row>`
  const inline = (reference: string, text: string) =>
    `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`
  const valid = sheet(row(1, inline('A1', '原煤产量') + '<c r="B1"><v>3598</v></c>'))

  it('refuses pictures declared at 60 MB each by the zip directory, inflating none', async () => {
    const zeros = deflateRawSync(Buffer.alloc(60 * megabyte))
    const bytes = buildTestXlsx({
      sheets: [valid],
      extraEntries: [1, 2].map((index) => ({
        name: `xl/media/image${index}.png`,
        rawData: zeros,
        declaredUncompressedSize: 60 * megabyte,
      })),
    })
    expect(bytes.length).toBeLessThan(megabyte)
    await expect(readSpreadsheet('炸弹.xlsx', bytes)).rejects.toMatchObject({
      code: 'zip_too_large',
    })
  })

  it('never inflates a picture: one whose data does not even inflate is not noticed', async () => {
    const bytes = buildTestXlsx({
      sheets: [valid],
      extraEntries: [
        {
          name: 'xl/media/image1.png',
          rawData: new Uint8Array(4000).fill(0xff),
          declaredUncompressedSize: 8000,
        },
      ],
    })
    const { sheets } = await readSpreadsheet('带图.xlsx', bytes)
    expect(sheets[0]!.rows).toEqual([['原煤产量', '3598']])
  })

  it('stops at the 20,001st row with a value while reading a sheet of 200,000 rows', async () => {
    const rows = Array.from({ length: 200_000 }, (_, index) =>
      row(index + 1, `<c r="A${index + 1}"><v>${(index * 7919) % 100_003}</v></c>`),
    ).join('')
    const bytes = buildTestXlsx({ sheets: [sheet(rows)] })
    expect(bytes.length).toBeLessThan(10 * megabyte)
    await expect(readSpreadsheet('百万行.xlsx', bytes)).rejects.toMatchObject({
      code: 'spreadsheet_too_many_rows',
    })
  })

  it('refuses a shared strings table past its limit, and cells past theirs', async () => {
    const strings = Array.from(
      { length: 200_001 },
      (_, index) => `<t>${(index * 7919) % 100_003}</t>`,
    )
    const many = buildTestXlsx({ sheets: [valid], sharedStrings: strings })
    await expect(readSpreadsheet('字符串.xlsx', many)).rejects.toMatchObject({
      code: 'spreadsheet_too_many_cells',
    })
    const wide = Array.from({ length: 3000 }, (_, index) =>
      row(
        index + 1,
        Array.from(
          { length: 100 },
          (_, column) => `<c><v>${(index * 100 + column) * 7919}</v></c>`,
        ).join(''),
      ),
    ).join('')
    await expect(
      readSpreadsheet('宽表.xlsx', buildTestXlsx({ sheets: [sheet(wide)] })),
    ).rejects.toMatchObject({ code: 'spreadsheet_too_many_cells' })
  })

  it('fills a merge over a whole sheet only within the rows and columns read', async () => {
    const merged =
      sheet(row(1, inline('A1', '标题'))) +
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    const { sheets } = await readSpreadsheet('合并.xlsx', buildTestXlsx({ sheets: [merged] }))
    expect(sheets[0]!.rows).toEqual([Array(100).fill('标题')])
  })

  it('reads only the columns it keeps, and cells skipped without a reference', async () => {
    const cells = '<c r="A1"><v>1</v></c><c><v>2</v></c><c r="ZZ1"><v>3</v></c>'
    const { sheets } = await readSpreadsheet(
      '列.xlsx',
      buildTestXlsx({ sheets: [sheet(row(1, cells))] }),
    )
    expect(sheets[0]!.rows).toEqual([['1', '2']])
  })
})
