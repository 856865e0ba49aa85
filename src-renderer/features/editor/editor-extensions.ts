import type { AnyExtension } from '@tiptap/core'
import { documentExtensions } from '../../../src-main/document/document-extensions'

/** The editor's extension list: the shared document schema (node views are attached here). */
export function editorExtensions(): AnyExtension[] {
  return documentExtensions
}
