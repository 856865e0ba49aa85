/**
 * What one statistics table may hold, checked while it is read: a bureau's table has hundreds of
 * rows and tens of columns; these leave room for whole yearbooks.
 */
export const spreadsheetLimits = {
  bytes: 10 * 1024 * 1024,
  /** Rows up to the last one with a value, all sheets read together. */
  rows: 20_000,
  /** Sheets read, in the workbook's order. */
  sheets: 10,
  /** Columns read of each row; cells further right are skipped unread. */
  columns: 100,
  /** Characters kept of one cell. */
  cellLength: 500,
  /** Cells with a value, all sheets together (merged ranges count each cell they fill). */
  cells: 200_000,
  /** Entries of a workbook's shared strings table. */
  sharedStrings: 200_000,
}
