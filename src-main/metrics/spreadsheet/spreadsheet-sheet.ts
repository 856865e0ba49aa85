/** One sheet as text: `rows[i]` is spreadsheet row i + 1, `rows[i][j]` its column j + 1. */
export interface SpreadsheetSheet {
  name: string
  rows: string[][]
}
