import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'

/**
 * 三审: 初审 (first), 复审 (second), 终审 (final), signed in this order, each by a different
 * named account. Signing 终审 locks the report's text.
 */
export const reviewStages = ['first', 'second', 'final'] as const
export type ReviewStage = (typeof reviewStages)[number]

/** What happened to a report's sign-off, in order: a stage signed, or the text reopened after it. */
export const reviewEventKinds = ['signed', 'reopened'] as const

export const reviewSignatureSchema = z.object({
  stage: z.enum(reviewStages),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
})

export const reviewEventSchema = z.object({
  kind: z.enum(reviewEventKinds),
  stage: z.enum(reviewStages),
  by: z.string(),
  at: z.string(),
  note: z.string(),
})

/** A report's 审签 record: each stage's signature, whether the text is locked, and its history. */
export const reviewStatusSchema = z.object({
  reportId: rowIdSchema,
  stages: z.array(reviewSignatureSchema),
  locked: z.boolean(),
  events: z.array(reviewEventSchema),
})
export type ReviewStatus = z.output<typeof reviewStatusSchema>
