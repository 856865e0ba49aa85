import type { z } from 'zod'
import type { reportSchema } from './report-schema'

/** A yearly report as the library lists it (see reportSchema). */
export type Report = z.output<typeof reportSchema>
