/** A ProseMirror/Tiptap document as stored in SQLite and passed over the contract. */
export interface DocumentMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface DocumentNode {
  type: string
  attrs?: Record<string, unknown>
  content?: DocumentNode[]
  marks?: DocumentMark[]
  text?: string
}

/** An empty section body. */
export function emptyDocument(): DocumentNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
