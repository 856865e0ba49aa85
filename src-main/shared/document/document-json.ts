import type { z } from 'zod'
import type { documentMarkSchema, documentNodeSchema } from './document-node-schema'

/** A ProseMirror/Tiptap document as stored in SQLite and passed over the contract. */
export type DocumentNode = z.output<typeof documentNodeSchema>

/** A mark of a text node, as stored. */
export type DocumentMark = z.output<typeof documentMarkSchema>

/** An empty section body. */
export function emptyDocument(): DocumentNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
