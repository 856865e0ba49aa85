import { z } from 'zod'
import { builtInTemplateIds } from './built-in-template-id'

/** A template as the new-report dialog lists it. */
export const templateSummarySchema = z.object({
  id: z.string(),
  /** The built-in template this is (its name is translated), or null for a saved one. */
  builtIn: z.enum(builtInTemplateIds).nullable(),
  name: z.string(),
  headings: z.number().int().min(0),
  subsections: z.number().int().min(0),
})
