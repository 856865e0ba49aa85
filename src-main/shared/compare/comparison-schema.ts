import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { changeUnits } from '../metrics/series-change'
import { reportYearSchema } from '../reports/report-schema'
import { sectionKinds } from '../sections/section-kind'
import { blacklinePartKinds } from './blackline'
import { comparedSectionStatuses } from './pair-report-sections'

/** A stretch of a blackline: text both versions share, or text only one of them has. */
export const blacklinePartSchema = z.object({
  kind: z.enum(blacklinePartKinds),
  text: z.string(),
})

/** One figure's series in a compare: this year's and last year's value as written, and the change. */
export const comparedMetricSchema = z.object({
  seriesId: rowIdSchema,
  label: z.string(),
  current: z.string().nullable(),
  previous: z.string().nullable(),
  /** Change from last year, in % or 个百分点 (see seriesChange); null when it cannot be given. */
  change: z.number().nullable(),
  changeUnit: z.enum(changeUnits).nullable(),
})

/** A section next to its counterpart of last year: a blackline of the text and the figures' values. */
export const sectionComparisonSchema = z.object({
  sectionId: rowIdSchema,
  title: z.string(),
  year: reportYearSchema,
  counterpart: z
    .object({
      sectionId: rowIdSchema,
      reportId: rowIdSchema,
      title: z.string(),
      year: reportYearSchema,
    })
    .nullable(),
  parts: z.array(blacklinePartSchema),
  metrics: z.array(comparedMetricSchema),
})

/** A saved revision's text and the blackline from the current text to it (what restoring changes). */
export const revisionComparisonSchema = z.object({
  revisionId: rowIdSchema,
  version: z.number().int().positive(),
  title: z.string(),
  createdAt: z.string(),
  currentVersion: z.number().int().positive(),
  text: z.string(),
  parts: z.array(blacklinePartSchema),
})

/** The whole report against last year's: every section in reading order, and the figures. */
export const reportComparisonSchema = z.object({
  reportId: rowIdSchema,
  year: reportYearSchema,
  title: z.string(),
  previous: z
    .object({ reportId: rowIdSchema, year: reportYearSchema, title: z.string() })
    .nullable(),
  sections: z.array(
    z.object({
      status: z.enum(comparedSectionStatuses),
      kind: z.enum(sectionKinds),
      title: z.string(),
      previousTitle: z.string().nullable(),
      sectionId: rowIdSchema.nullable(),
      previousSectionId: rowIdSchema.nullable(),
      changed: z.boolean(),
      parts: z.array(blacklinePartSchema),
    }),
  ),
  metrics: z.array(comparedMetricSchema),
})
