import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { figureKinds, figureQualifiers } from '../extraction/extracted-figure'
import { reportYearSchema } from '../reports/report-schema'
import { bindingStatuses, reviewStatuses } from './metric-series'

/** A measure tracked across years (原煤产量, 吨); shared by every year of one report family. */
export const metricSeriesSchema = z.object({
  id: rowIdSchema,
  familyId: z.string(),
  label: z.string(),
  unit: z.string(),
  displayUnit: z.string(),
  qualifier: z.enum(figureQualifiers),
  kind: z.enum(figureKinds),
  /** For a change figure (同比增长46%): the amount series it is the change of. */
  baseSeriesId: rowIdSchema.nullable(),
  /** proposed: bound by an import and not yet reviewed; accepted: confirmed by the user. */
  bindingStatus: z.enum(bindingStatuses),
})

/** One year's value of a series, with where it came from and whether it was checked. */
export const metricValueSchema = z.object({
  seriesId: rowIdSchema,
  year: reportYearSchema,
  value: z.number().nullable(),
  displayUnit: z.string(),
  qualifier: z.enum(figureQualifiers),
  source: z.string(),
  reviewStatus: z.enum(reviewStatuses),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  updatedAt: z.string(),
})
