import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { reportYearRange } from './report-year-range'

/** A report's year as the contract accepts it. */
export const reportYearSchema = z.number().int().min(reportYearRange.min).max(reportYearRange.max)

/** A yearly report as the library lists it. */
export const reportSchema = z.object({
  id: rowIdSchema,
  /** Shared by every year of one report; its metric series belong to the family. */
  familyId: z.string(),
  year: reportYearSchema,
  title: z.string(),
  organization: z.string(),
  /** The report this one was rolled forward from (or linked to as its previous year). */
  predecessorId: rowIdSchema.nullable(),
  deletedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
