import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { reportYearSchema } from '../reports/report-schema'
import { metricSeriesSchema, metricValueSchema } from './metric-series-schema'
import { changeUnits, directions } from './series-change'

/** One row of the metrics panel: a series with this year's and last year's values. */
export const metricRowSchema = metricSeriesSchema.extend({
  current: metricValueSchema.nullable(),
  previous: metricValueSchema.nullable(),
  /** Change from last year's value to this year's, see seriesChange. */
  change: z.number().nullable(),
  changeUnit: z.enum(changeUnits).nullable(),
  direction: z.enum(directions).nullable(),
  occurrences: z.array(
    z.object({ sectionId: rowIdSchema, sectionTitle: z.string(), index: z.number().int() }),
  ),
})

/** The series a report uses (or its import proposed), with values and where they stand. */
export const reportMetricsSchema = z.object({
  reportId: rowIdSchema,
  year: reportYearSchema,
  rows: z.array(metricRowSchema),
})

/** A figure in its sentence, for the review list and the picker to show what a series is. */
export const occurrenceContextSchema = z.object({
  seriesId: rowIdSchema,
  sectionId: rowIdSchema,
  sectionTitle: z.string(),
  /** 0-based among the section's figures, in reading order (as in metrics.list). */
  index: z.number().int().min(0),
  before: z.string(),
  figure: z.string(),
  after: z.string(),
})
