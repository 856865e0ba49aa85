import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { DocumentNode } from '../shared/document/document-json'
import { documentSchema } from '../shared/document/document-schema'
import { validateDocument } from '../shared/document/validate-document'
import { sectionFragment } from '../shared/team/section-fragment'
import { writeAtomMarks } from './write-atom-marks'

/**
 * A section's document as a new Y.Doc whose `sectionFragment` holds it, the way the Tiptap
 * Collaboration extension reads it. Throws `invalid_document` for a document the schema refuses,
 * so nothing invalid enters a live document.
 */
export function documentToYDoc(doc: DocumentNode): Y.Doc {
  validateDocument(doc)
  const node = documentSchema().nodeFromJSON(doc)
  const ydoc = new Y.Doc()
  const fragment = ydoc.getXmlFragment(sectionFragment)
  ydoc.transact(() => {
    prosemirrorToYXmlFragment(node, fragment)
    writeAtomMarks(node, fragment)
  })
  return ydoc
}
