import type { z } from 'zod'
import type { reportFindingSchema, reportFixSchema } from './report-finding-schema'

/** A mechanical fix of a finding (see reportFixSchema). */
export type ReportFix = z.output<typeof reportFixSchema>

/** A finding in a report section (see reportFindingSchema). */
export type ReportFinding = z.output<typeof reportFindingSchema>
