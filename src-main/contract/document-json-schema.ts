import type { DocumentNode } from '../shared/document/document-json'
import { documentNodeSchema } from '../shared/document/document-node-schema'

const maxDepth = 32

function depth(node: DocumentNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depth))
}

/** A whole section body: a `doc` node no deeper than tables in lists need. */
export const documentSchemaInput = documentNodeSchema.refine(
  (node) => node.type === 'doc' && depth(node) <= maxDepth,
  { message: '必须是不超过 32 层的 doc 文档' },
)
