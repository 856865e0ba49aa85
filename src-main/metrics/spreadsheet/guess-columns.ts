import type { z } from 'zod'
import type { spreadsheetMappingSchema } from '../../shared/metrics/spreadsheet/spreadsheet-schema'

/** Which row holds the headers and which columns hold what (see spreadsheetMappingSchema). */
export type SpreadsheetMapping = z.output<typeof spreadsheetMappingSchema>

const headerScanRows = 30
const dataScanRows = 200
const longestHeader = 16

const labelHeaders = ['指标名称', '指标', '项目', '名称', '主要指标', '指标项目', '项目名称']
const unitHeaders = ['计量单位', '单位']
const currentHeaders = [
  '本年',
  '本期',
  '本年实际',
  '本年累计',
  '本期累计',
  '全年',
  '实际完成',
  '本年完成',
]
const valueHeaders = ['绝对值', '数值', '总量', '完成值', '完成数', '数量', '金额', '实绩', '累计']
/** Headers of last year's figure, a growth rate or a note: never this year's value. */
const notCurrentValue =
  /上年|去年|同期|上期|增长|增速|增幅|增减|比上|比重|百分比|排名|位次|备注|说明|计划|目标|预计|%/

const numberPattern = /^[-+−]?[\d０-９,，]*[\d０-９](?:[.．][\d０-９]+)?\s*[%％]?$/

/** Whether a cell reads as a number ("3598", "1,200.5", "46%"). */
export function looksNumeric(cell: string): boolean {
  return numberPattern.test(cell.trim())
}

function headerText(cell: string | undefined): string {
  return (cell ?? '').normalize('NFKC').replace(/\s+/g, '')
}

function labelScore(header: string): number {
  if (labelHeaders.includes(header)) {
    return 2
  }
  return header.startsWith('指标') && header.length <= 6 ? 1 : 0
}

function unitScore(header: string): number {
  const matches = (unit: string) =>
    header === unit || (header.startsWith(unit) && header.length <= 5)
  return unitHeaders.some(matches) ? 1 : 0
}

function valueScore(header: string, year: number | undefined): number {
  if (header === '' || notCurrentValue.test(header)) {
    return 0
  }
  const years = [...header.matchAll(/(?:19|20)\d\d/g)].map((match) => Number(match[0]))
  if (year !== undefined && years.includes(year)) {
    return 5
  }
  if (currentHeaders.some((word) => header.includes(word))) {
    return 4
  }
  if (valueHeaders.includes(header)) {
    return 3
  }
  if (year === undefined && years.length > 0) {
    // Without the report's year, the latest year is the newest figure.
    return 2 + Math.max(...years) / 10000
  }
  return 0
}

function bestColumn(
  row: string[],
  score: (header: string) => number,
  taken: number[],
): number | undefined {
  let best: number | undefined
  let bestScore = 0
  row.forEach((cell, column) => {
    const header = headerText(cell)
    if (taken.includes(column) || header.length > longestHeader) {
      return
    }
    const value = score(header)
    if (value > bestScore) {
      best = column
      bestScore = value
    }
  })
  return best
}

function columnCounts(rows: string[][], test: (cell: string) => boolean): number[] {
  const counts: number[] = []
  for (const row of rows) {
    row.forEach((cell, column) => {
      counts[column] = (counts[column] ?? 0) + (cell !== '' && test(cell) ? 1 : 0)
    })
  }
  return counts
}

function mostColumn(counts: number[], taken: (number | undefined)[]): number | undefined {
  let best: number | undefined
  counts.forEach((count, column) => {
    if (count > 0 && !taken.includes(column) && (best === undefined || count > counts[best])) {
      best = column
    }
  })
  return best
}

/** A 序号 column: 1, 2, 3 … down the rows. */
function isSerialColumn(rows: string[][], column: number): boolean {
  const numbers = rows.map((row) => row[column] ?? '').filter((cell) => cell !== '')
  const follows = (cell: string, index: number) =>
    index === 0 || Number(cell) === Number(numbers[index - 1]) + 1
  return numbers.length > 1 && numbers.every(follows)
}

function findHeaderRow(rows: string[][], year: number | undefined): number | null {
  let best: number | null = null
  let bestScore = 0
  rows.slice(0, headerScanRows).forEach((row, index) => {
    const label = bestColumn(row, labelScore, []) !== undefined ? 2 : 0
    const value = bestColumn(row, (header) => valueScore(header, year), []) !== undefined ? 2 : 0
    const unit = bestColumn(row, unitScore, []) !== undefined ? 1 : 0
    const score = label + value + unit
    if (score >= 2 && score > bestScore) {
      best = index
      bestScore = score
    }
  })
  return best
}

const yearHeader = /^((?:19|20)\d\d)年?度?$/
/**
 * Year columns that make a table of years. Two (2024年 | 2025年) is the 快报's comparison with last
 * year, whose first column is context rather than data to import; three or more is a series.
 */
const yearsInATable = 3

/** Columns headed by a year alone (2021, 2021年, 2021年度), none after the report's year. */
function yearColumnsOf(header: string[], year: number | undefined) {
  return header.flatMap((cell, column) => {
    const match = yearHeader.exec(headerText(cell))
    const found = match ? Number(match[1]) : undefined
    return found !== undefined && (year === undefined || found <= year)
      ? [{ column, year: found }]
      : []
  })
}

/**
 * Guesses a sheet's header row and its label, value and unit columns from headers such as
 * 指标名称 / 本年（2025）/ 计量单位, preferring the column of the report's year and never one of
 * last year or of growth rates; without headers, the most textual and most numeric columns.
 * Three or more columns headed by years up to the report's make a table of years (yearColumns).
 */
export function guessColumns(rows: string[][], year?: number): SpreadsheetMapping {
  const headerRow = findHeaderRow(rows, year)
  const header = headerRow === null ? [] : rows[headerRow]
  const firstData = headerRow === null ? 0 : headerRow + 1
  const data = rows.slice(firstData, firstData + dataScanRows)
  const unitColumn = bestColumn(header, unitScore, [])
  let labelColumn = bestColumn(header, labelScore, unitColumn === undefined ? [] : [unitColumn])
  let valueColumn = bestColumn(
    header,
    (text) => valueScore(text, year),
    [labelColumn, unitColumn].filter((column) => column !== undefined),
  )
  const excluded = header
    .map((cell, column) => (notCurrentValue.test(headerText(cell)) ? column : undefined))
    .filter((column) => column !== undefined)
  if (labelColumn === undefined) {
    const textual = columnCounts(data, (cell) => !looksNumeric(cell))
    labelColumn = mostColumn(textual, [valueColumn, unitColumn]) ?? 0
  }
  if (valueColumn === undefined) {
    const numeric = columnCounts(data, looksNumeric).map((count, column) =>
      isSerialColumn(data, column) ? 0 : count,
    )
    valueColumn =
      mostColumn(numeric, [labelColumn, unitColumn, ...excluded]) ??
      mostColumn(numeric, [labelColumn, unitColumn]) ??
      (labelColumn === 0 ? 1 : 0)
  }
  const mapping: SpreadsheetMapping = { headerRow, labelColumn, valueColumn }
  if (unitColumn !== undefined) {
    mapping.unitColumn = unitColumn
  }
  const yearColumns = yearColumnsOf(header, year)
  if (
    yearColumns.length >= yearsInATable &&
    yearColumns.some((item) => item.column === valueColumn)
  ) {
    mapping.yearColumns = yearColumns
  }
  return mapping
}
