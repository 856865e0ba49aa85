import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { checkFindingSchema } from './check-finding-schema'

/**
 * A mechanical fix: new text for a stretch of the section's text, never a figure or a value.
 * The editor applies it as one undoable transaction after showing `expected` → `replacement`.
 */
export const reportFixSchema = z.object({
  kind: z.literal('replace-text'),
  anchorStart: z.number().int(),
  anchorEnd: z.number().int(),
  expected: z.string(),
  replacement: z.string(),
})

/**
 * A finding in a report section. `start`/`end` are offsets in the section's text as `show`
 * prints it; `anchorStart`/`anchorEnd` locate it in the editor (figures count one character).
 */
export const reportFindingSchema = checkFindingSchema.extend({
  /** Stable while the finding's facts stay the same: dismissals are recorded under it. */
  key: z.string(),
  sectionId: rowIdSchema,
  sectionTitle: z.string(),
  anchorStart: z.number().int().min(0),
  anchorEnd: z.number().int().min(0),
  fix: reportFixSchema.optional(),
  /** Warnings and notes can be dismissed with a reason (e.g. 按可比价计算); errors cannot. */
  dismissible: z.boolean(),
  dismissed: z.object({ reason: z.string(), by: z.string(), at: z.string() }).optional(),
})
