import type { z } from 'zod'
import type { spreadsheetSheetSchema } from './spreadsheet-schema'

/** One sheet as text (see spreadsheetSheetSchema). */
export type SpreadsheetSheet = z.output<typeof spreadsheetSheetSchema>
