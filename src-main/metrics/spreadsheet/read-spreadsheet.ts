import ExcelJS from 'exceljs'
import { AppError } from '../../errors/app-error'
import { decodeTextFile } from '../../import/decode-text-file'
import { parseCsv } from './parse-csv'

/** One sheet as text: `rows[i]` is spreadsheet row i + 1, `rows[i][j]` its column j + 1. */
export interface SpreadsheetSheet {
  name: string
  rows: string[][]
}

const limits = {
  bytes: 10 * 1024 * 1024,
  rows: 20_000,
  sheets: 10,
  columns: 100,
  cellLength: 500,
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`
}

function countRows(total: number): void {
  if (total > limits.rows) {
    throw new AppError('spreadsheet_too_many_rows', { limit: limits.rows })
  }
}

/** Trims each cell, caps row width and cell length, and drops trailing empty cells and rows. */
function tidyRows(rows: string[][]): string[][] {
  const tidy = rows.map((row) => {
    const cells = row
      .slice(0, limits.columns)
      .map((cell) => cell.trim().slice(0, limits.cellLength))
    while (cells.length > 0 && cells[cells.length - 1] === '') {
      cells.pop()
    }
    return cells
  })
  while (tidy.length > 0 && tidy[tidy.length - 1].length === 0) {
    tidy.pop()
  }
  return tidy
}

interface NumberFormat {
  percent: boolean
  /** Decimals the format shows; undefined for General. */
  decimals: number | undefined
  /** Quoted text written before and after the number, as in `0.0"万吨"`. */
  before: string
  after: string
}

function readNumberFormat(format: string): NumberFormat {
  const section = format.split(';')[0]
  const unquoted = section.replace(/"[^"]*"/g, (literal) => ' '.repeat(literal.length))
  const digits = unquoted.search(/[0#]/)
  const literals = (part: string) =>
    [...part.matchAll(/"([^"]*)"/g)].map((match) => match[1]).join('')
  const decimals = digits < 0 ? undefined : (/\.([0#]+)/.exec(unquoted)?.[1].length ?? 0)
  return {
    percent: unquoted.includes('%'),
    decimals,
    before: digits < 0 ? '' : literals(section.slice(0, digits)),
    after: digits < 0 ? '' : literals(section.slice(digits)),
  }
}

/** A number as Excel shows it with its format, but always without thousands separators. */
function numberText(value: number, numberFormat: string | undefined): string {
  const format = readNumberFormat(numberFormat ?? '')
  const shown = format.percent ? value * 100 : value
  const text =
    format.decimals === undefined
      ? shown.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 })
      : shown.toFixed(format.decimals)
  return `${format.before}${text}${format.percent ? '%' : ''}${format.after}`
}

function dateText(date: Date): string {
  return date.toISOString().slice(0, 10)
}

type ScalarValue = number | string | boolean | Date | ExcelJS.CellErrorValue | null | undefined

function scalarText(value: ScalarValue, numberFormat: string | undefined): string {
  if (value === null || value === undefined) {
    return ''
  }
  if (typeof value === 'number') {
    return numberText(value, numberFormat)
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE'
  }
  if (value instanceof Date) {
    return dateText(value)
  }
  if (typeof value === 'object') {
    return value.error
  }
  return value
}

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('')
}

/** The text a cell shows: formulas by their cached result, rich text joined, numbers ungrouped. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  const numberFormat = cell.numFmt
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) {
    return scalarText(value, numberFormat)
  }
  if ('richText' in value) {
    return richText(value)
  }
  if ('hyperlink' in value) {
    const text = value.text as string | ExcelJS.CellRichTextValue
    return typeof text === 'string' ? text : richText(text)
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return scalarText(value.result, numberFormat)
  }
  return scalarText(value, numberFormat)
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<SpreadsheetSheet[]> {
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new AppError('spreadsheet_unreadable', { name: fileName })
  }
  let total = 0
  return book.worksheets.slice(0, limits.sheets).map((sheet) => {
    // Rows Excel keeps only for their formatting do not count; the last row with a value does.
    let lastRow = 0
    sheet.eachRow((_row, rowNumber) => {
      lastRow = rowNumber
    })
    total += lastRow
    countRows(total)
    const rows: string[][] = []
    const width = Math.min(sheet.columnCount, limits.columns)
    for (let rowNumber = 1; rowNumber <= lastRow; rowNumber++) {
      const row = sheet.getRow(rowNumber)
      const cells: string[] = []
      for (let column = 1; column <= width; column++) {
        cells.push(cellText(row.getCell(column)))
      }
      rows.push(cells)
    }
    return { name: sheet.name, rows: tidyRows(rows) }
  })
}

function readCsv(fileName: string, bytes: Uint8Array): SpreadsheetSheet[] {
  const decoded = decodeTextFile(bytes)
  if (!decoded.ok) {
    throw new AppError('spreadsheet_unreadable', { name: fileName })
  }
  const rows = parseCsv(decoded.text, (_row, count) => countRows(count))
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '')
  return [{ name, rows: tidyRows(rows) }]
}

/**
 * Reads a statistics bureau's table as text, sheet by sheet: .xlsx (the first ten sheets, each
 * cell as Excel displays it, formulas by their result, numbers without thousands separators) or
 * .csv (UTF-8 or GBK). Other types, files over 10 MB and more than 20,000 rows are refused.
 */
export async function readSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ sheets: SpreadsheetSheet[] }> {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase()
  if (extension !== 'xlsx' && extension !== 'csv') {
    throw new AppError('unsupported_spreadsheet', { name: fileName.slice(0, 80) })
  }
  if (bytes.length > limits.bytes) {
    throw new AppError('file_too_large', { size: megabytes(bytes.length), limit: '10 MB' })
  }
  const sheets = extension === 'xlsx' ? await readXlsx(fileName, bytes) : readCsv(fileName, bytes)
  if (sheets.every((sheet) => sheet.rows.length === 0)) {
    throw new AppError('spreadsheet_empty', { name: fileName.slice(0, 80) })
  }
  return { sheets }
}
