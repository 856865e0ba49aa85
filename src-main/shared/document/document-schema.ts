import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { documentExtensions } from './document-extensions'

let schema: Schema | undefined

/** The ProseMirror schema built from the one extension list (built once, on first use). */
export function documentSchema(): Schema {
  schema ??= getSchema(documentExtensions)
  return schema
}
