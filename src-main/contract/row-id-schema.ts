import { z } from 'zod'

/** A stored row's id (SQLite rowid): what every report, section, series and asset is named by. */
export const rowIdSchema = z.number().int().positive()
