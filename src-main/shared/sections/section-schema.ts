import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { documentNodeSchema } from '../document/document-node-schema'
import { sectionKinds } from './section-kind'

/** One outline entry of a report with its body. */
export const sectionSchema = z.object({
  id: rowIdSchema,
  reportId: rowIdSchema,
  parentId: rowIdSchema.nullable(),
  position: z.number().int().min(0),
  kind: z.enum(sectionKinds),
  title: z.string(),
  doc: documentNodeSchema,
  /** Stays the same when the report is carried into the next year. */
  lineageKey: z.string(),
  version: z.number().int().positive(),
  updatedAt: z.string(),
  /** When the section was put into its report's trash; null while it is live. */
  deletedAt: z.string().nullable(),
})

/** A saved state of a section, listed in its history. */
export const revisionSchema = z.object({
  id: rowIdSchema,
  sectionId: rowIdSchema,
  version: z.number().int().positive(),
  title: z.string(),
  reason: z.string(),
  createdAt: z.string(),
})
