import { z } from 'zod'
import { rowIdSchema } from '../../../contract/row-id-schema'
import { reportYearSchema } from '../../reports/report-schema'
import { spreadsheetLimits } from './spreadsheet-limits'

/** A sheet's cells as text: `rows[i]` is spreadsheet row i + 1, `rows[i][j]` its column j + 1. */
export const spreadsheetRowsSchema = z
  .array(z.array(z.string().max(spreadsheetLimits.cellLength)).max(spreadsheetLimits.columns))
  .max(spreadsheetLimits.rows)

const columnIndex = z
  .number()
  .int()
  .min(0)
  .max(spreadsheetLimits.columns - 1)

/** Which row holds the headers and which columns hold labels, values and units (0-based). */
export const spreadsheetMappingSchema = z.object({
  /** null when the table has no header row: every row is data. */
  headerRow: z.number().int().min(0).nullable(),
  labelColumn: columnIndex,
  valueColumn: columnIndex,
  unitColumn: columnIndex.optional(),
  /**
   * A table with one column per year (2021年 … 2025年): each column's values are imported for
   * its year. The report's year is `valueColumn`; the others are earlier years.
   */
  yearColumns: z
    .array(z.object({ column: columnIndex, year: reportYearSchema }).strict())
    .max(30)
    .optional(),
})

/** One sheet as text. */
export const spreadsheetSheetSchema = z.object({ name: z.string(), rows: spreadsheetRowsSchema })

/** What a preview says of a data row: matched exactly or by similarity, or why it cannot be. */
export const spreadsheetRowStatuses = [
  'exact',
  'fuzzy',
  'unmatched',
  'invalid',
  'unit-mismatch',
] as const

/**
 * An earlier year's cell of a table of years: new (no value stored), same, replace (a different
 * value is stored: written only when the person ticks it) or invalid.
 */
export const spreadsheetYearCellSchema = z.object({
  year: reportYearSchema,
  valueText: z.string(),
  state: z.enum(['new', 'same', 'replace', 'invalid']),
  value: z.number().optional(),
  displayText: z.string().optional(),
  storedText: z.string().optional(),
  message: z.string().optional(),
})

/** One data row of the table as it would be imported; nothing is stored by a preview. */
export const spreadsheetPreviewRowSchema = z.object({
  /** The spreadsheet's own row number (1-based). */
  rowNumber: z.number().int().positive(),
  label: z.string(),
  valueText: z.string(),
  /** The unit column's text, when a unit column is mapped. */
  unit: z.string().optional(),
  status: z.enum(spreadsheetRowStatuses),
  seriesId: rowIdSchema.optional(),
  seriesLabel: z.string().optional(),
  /** In the series' base unit (吨, 元), ready for `applySpreadsheetValues`. */
  value: z.number().optional(),
  /** The value as the series is written ("3700万吨"). */
  displayText: z.string().optional(),
  /** This year's value now stored, which importing would replace. */
  currentValueText: z.string().optional(),
  /** Last year's value, to compare against. */
  previousValueText: z.string().optional(),
  /** Label similarity, 1 for an exact match. */
  similarity: z.number().optional(),
  /** Why the row needs a look or cannot be imported, as an error code with its Chinese message. */
  code: z.string().optional(),
  message: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** A table of years: the row's earlier years, each with what importing it would do. */
  years: z.array(spreadsheetYearCellSchema).optional(),
})

/** A sheet's rows and how to read them, to preview against a report's series. */
export const spreadsheetPreviewInputSchema = z
  .object({
    reportId: rowIdSchema,
    rows: spreadsheetRowsSchema,
    mapping: spreadsheetMappingSchema.strict(),
  })
  .strict()

/**
 * Values in each series' base unit, as a preview computed them; `year` (an earlier year of a
 * table of years) defaults to the report's, and `replace` confirms writing over a different
 * value stored for an earlier year.
 */
export const spreadsheetValuesInputSchema = z
  .object({
    reportId: rowIdSchema,
    values: z
      .array(
        z
          .object({
            seriesId: rowIdSchema,
            value: z.number(),
            year: reportYearSchema.optional(),
            replace: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1)
      .max(200_000),
  })
  .strict()
