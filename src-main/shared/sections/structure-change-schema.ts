import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { structuralKinds } from './section-placement'

/** Where a section goes: right after or before another one, or last inside a 栏目. */
export const sectionPlacementSchema = z.union([
  z.object({ after: rowIdSchema }).strict(),
  z.object({ before: rowIdSchema }).strict(),
  z.object({ inside: rowIdSchema }).strict(),
])

const structuralKind = z.enum(structuralKinds)
const sectionTitle = z.string().trim().min(1).max(200)

/**
 * One change to a report's outline. `convert` turns a 小节 into a 栏目 or back (promote,
 * demote), moving it to `placement`. Each change has an exact inverse (see changeStructure).
 */
export const structureChangeSchema = z.discriminatedUnion('op', [
  z
    .object({
      op: z.literal('add'),
      reportId: rowIdSchema,
      kind: structuralKind,
      title: sectionTitle,
      placement: sectionPlacementSchema,
    })
    .strict(),
  z
    .object({ op: z.literal('move'), sectionId: rowIdSchema, placement: sectionPlacementSchema })
    .strict(),
  z.object({ op: z.literal('delete'), sectionId: rowIdSchema }).strict(),
  z.object({ op: z.literal('restore'), sectionId: rowIdSchema }).strict(),
  z.object({ op: z.literal('rename'), sectionId: rowIdSchema, title: sectionTitle }).strict(),
  z
    .object({
      op: z.literal('convert'),
      sectionId: rowIdSchema,
      kind: structuralKind,
      placement: sectionPlacementSchema,
    })
    .strict(),
])
