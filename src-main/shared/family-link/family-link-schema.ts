import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { reportYearSchema } from '../reports/report-schema'
import { seriesMatches } from './match-family-series'

const id = rowIdSchema
const year = reportYearSchema
const reportBrief = z.object({ id, year, title: z.string() })

/** One year of a pair of series: what each family holds and what linking does with it. */
export const linkYearSchema = z.object({
  year,
  earlier: z.number().nullable(),
  later: z.number().nullable(),
  earlierText: z.string(),
  laterText: z.string(),
  /** fill: only the earlier family has it; same: both agree; conflict: a person chooses. */
  state: z.enum(['fill', 'same', 'conflict']),
})

export const linkPairSchema = z.object({
  earlierSeriesId: id,
  earlierLabel: z.string(),
  laterSeriesId: id,
  laterLabel: z.string(),
  unit: z.string(),
  match: z.enum(seriesMatches),
  similarity: z.number(),
  years: z.array(linkYearSchema),
})

/** What linking a report as the previous year of another would do; nothing is written by it. */
export const familyLinkPreviewSchema = z.object({
  report: reportBrief,
  previous: reportBrief,
  /** The earlier family's reports, which join the later one's family. */
  reports: z.array(reportBrief),
  pairs: z.array(linkPairSchema),
  /** Earlier series without a partner: they join the family as they are (renamed if taken). */
  separate: z.array(
    z.object({ seriesId: id, label: z.string(), unit: z.string(), newLabel: z.string() }),
  ),
})

export type FamilyLinkPreview = z.output<typeof familyLinkPreviewSchema>
export type LinkPair = z.output<typeof linkPairSchema>

export const familyLinkRequestSchema = z.object({ reportId: id, previousReportId: id }).strict()

export const familyLinkApplySchema = z
  .object({
    reportId: id,
    previousReportId: id,
    /** The pairs the person confirmed (exact ones stay ticked unless unticked). */
    pairs: z.array(z.object({ earlierSeriesId: id, laterSeriesId: id }).strict()).max(20_000),
    /** For every conflicting year of a confirmed pair: whose value to keep. */
    decisions: z
      .array(z.object({ laterSeriesId: id, year, keep: z.enum(['later', 'earlier']) }).strict())
      .max(200_000),
  })
  .strict()

export type FamilyLinkApply = z.output<typeof familyLinkApplySchema>

/** What linking wrote: series merged, series that joined as they were, years filled or replaced. */
export const familyLinkResultSchema = z.object({
  merged: z.number().int(),
  joined: z.number().int(),
  reports: z.number().int(),
  filled: z.number().int(),
  replaced: z.number().int(),
})
