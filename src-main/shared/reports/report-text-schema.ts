import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { sectionKinds } from '../sections/section-kind'
import { reportYearSchema } from './report-schema'

/** A section as `show` prints it: plain text with figures rendered, and its figures. */
export const sectionTextSchema = z.object({
  id: rowIdSchema,
  kind: z.enum(sectionKinds),
  title: z.string(),
  text: z.string(),
  metrics: z.array(z.object({ text: z.string(), value: z.number().nullable(), unit: z.string() })),
})

/** The report as text, sections in reading order. */
export const reportTextSchema = z.object({
  id: rowIdSchema,
  year: reportYearSchema,
  title: z.string(),
  sections: z.array(sectionTextSchema),
})
