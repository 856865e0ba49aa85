import { z } from 'zod'
import type { DocumentNode } from '../document/document-json'

const maxDepth = 32

/** Structural check of document JSON at the boundary; the ProseMirror schema check follows in main. */
export const documentNodeSchema: z.ZodType<DocumentNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(documentNodeSchema).max(100000).optional(),
    marks: z
      .array(
        z.object({
          type: z.string().min(1).max(40),
          attrs: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .max(20)
      .optional(),
    text: z.string().max(1000000).optional(),
  }),
)

function depth(node: DocumentNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depth))
}

/** A whole section body: a `doc` node no deeper than tables in lists need. */
export const documentSchemaInput = documentNodeSchema.refine(
  (node) => node.type === 'doc' && depth(node) <= maxDepth,
  { message: '必须是不超过 32 层的 doc 文档' },
)
