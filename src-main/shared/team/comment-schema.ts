import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'

/** The longest comment or reply, in characters. */
export const maxCommentLength = 2000

/**
 * Where a comment sits in a live section: two Yjs relative positions (base64 of
 * `Y.encodeRelativePosition`), which keep pointing at the same characters while the text around
 * them is edited. `quote` is the text they enclosed when the comment was made.
 */
export const commentAnchorSchema = z.object({
  start: z.string().min(1).max(400),
  end: z.string().min(1).max(400),
})
export type CommentAnchor = z.output<typeof commentAnchorSchema>

/** A comment on a report's text, or a reply to one (parentId set, no anchor of its own). */
export const commentSchema = z.object({
  id: rowIdSchema,
  reportId: rowIdSchema,
  sectionId: rowIdSchema,
  parentId: rowIdSchema.nullable(),
  anchor: commentAnchorSchema.nullable(),
  quote: z.string(),
  body: z.string(),
  author: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
})
export type Comment = z.output<typeof commentSchema>
