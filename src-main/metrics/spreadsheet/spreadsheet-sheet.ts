import type { z } from 'zod'
import type { spreadsheetSheetSchema } from '../../shared/metrics/spreadsheet/spreadsheet-schema'

/** One sheet as text (see spreadsheetSheetSchema). */
export type SpreadsheetSheet = z.output<typeof spreadsheetSheetSchema>
