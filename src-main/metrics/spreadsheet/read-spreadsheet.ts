import { AppError } from '../../shared/errors/app-error'
import { decodeTextFile } from '../../shared/text/decode-text-file'
import { parseCsv } from './parse-csv'
import { readXlsx } from './read-xlsx'
import { spreadsheetLimits } from '../../shared/metrics/spreadsheet/spreadsheet-limits'
import type { SpreadsheetSheet } from './spreadsheet-sheet'

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`
}

/** Trims each cell, caps row width and cell length, and drops trailing empty cells and rows. */
function tidyRows(rows: string[][]): string[][] {
  const tidy = rows.map((row) => {
    const cells = row
      .slice(0, spreadsheetLimits.columns)
      .map((cell) => cell.trim().slice(0, spreadsheetLimits.cellLength))
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

function readCsv(fileName: string, bytes: Uint8Array): SpreadsheetSheet[] {
  const decoded = decodeTextFile(bytes)
  if (!decoded.ok) {
    throw new AppError('spreadsheet_unreadable', { name: fileName })
  }
  const rows = parseCsv(decoded.text, (_row, count) => {
    if (count > spreadsheetLimits.rows) {
      throw new AppError('spreadsheet_too_many_rows', { limit: spreadsheetLimits.rows })
    }
  })
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '')
  return [{ name, rows }]
}

/**
 * Reads a statistics bureau's table as text, sheet by sheet: .xlsx (the first ten sheets, each
 * cell as Excel displays it, formulas by their result, numbers without thousands separators; see
 * `readXlsx`) or .csv (UTF-8 or GBK). Other types, files over 10 MB and tables past the limits
 * (`spreadsheetLimits`, checked while reading) are refused.
 */
export async function readSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ sheets: SpreadsheetSheet[] }> {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase()
  if (extension !== 'xlsx' && extension !== 'csv') {
    throw new AppError('unsupported_spreadsheet', { name: fileName.slice(0, 80) })
  }
  if (bytes.length > spreadsheetLimits.bytes) {
    throw new AppError('file_too_large', { size: megabytes(bytes.length), limit: '10 MB' })
  }
  const read =
    extension === 'xlsx' ? await readXlsx(fileName.slice(0, 80), bytes) : readCsv(fileName, bytes)
  const sheets = read.map((sheet) => ({ name: sheet.name, rows: tidyRows(sheet.rows) }))
  if (sheets.every((sheet) => sheet.rows.length === 0)) {
    throw new AppError('spreadsheet_empty', { name: fileName.slice(0, 80) })
  }
  return { sheets }
}
