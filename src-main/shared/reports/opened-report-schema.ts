import { z } from 'zod'
import { sectionSchema } from '../sections/section-schema'
import { reportSchema } from './report-schema'

/** A report with its whole outline, as the editor opens it. */
export const openedReportSchema = z.object({
  report: reportSchema,
  sections: z.array(sectionSchema),
  /** Whether the report has last year's report to compare with. */
  hasPrevious: z.boolean(),
})
