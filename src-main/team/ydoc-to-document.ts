import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import type { DocumentMark, DocumentNode } from '../shared/document/document-json'
import { documentSchema } from '../shared/document/document-schema'
import { validateDocument } from '../shared/document/validate-document'
import { atomMarkPrefix } from '../shared/team/atom-mark-attribute'
import { sectionFragment } from '../shared/team/section-fragment'

/** Turns `__mark_…` attributes of a non-text node back into its marks. */
function readAtomMarks(node: DocumentNode): DocumentNode {
  const attrs: Record<string, unknown> = {}
  const marks: DocumentMark[] = [...(node.marks ?? [])]
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (!name.startsWith(atomMarkPrefix)) {
      attrs[name] = value
      continue
    }
    const markAttrs = (value ?? {}) as Record<string, unknown>
    const type = name.slice(atomMarkPrefix.length)
    marks.push(Object.keys(markAttrs).length > 0 ? { type, attrs: markAttrs } : { type })
  }
  const read: DocumentNode = { type: node.type }
  if (node.text !== undefined) {
    read.text = node.text
  }
  if (Object.keys(attrs).length > 0) {
    read.attrs = attrs
  }
  if (marks.length > 0) {
    read.marks = marks
  }
  if (node.content) {
    read.content = node.content.map(readAtomMarks)
  }
  return read
}

/**
 * A section's document read from its Y.Doc, as the editor's `getJSON()` writes it (every
 * attribute, marks in schema order). Reading never changes the Y.Doc, unlike the binding's own
 * conversion, which deletes what the schema cannot show; content the schema refuses throws
 * `invalid_document` instead, so it is never saved as the section.
 */
export function yDocToDocument(ydoc: Y.Doc): DocumentNode {
  const raw = yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(sectionFragment)) as DocumentNode
  const doc = readAtomMarks(raw)
  validateDocument(doc)
  return documentSchema().nodeFromJSON(doc).toJSON() as DocumentNode
}
