import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap'
import { isDeepStrictEqual } from 'node:util'
import type * as Y from 'yjs'
import type { DocumentNode } from '../shared/document/document-json'
import { documentSchema } from '../shared/document/document-schema'
import { validateDocument } from '../shared/document/validate-document'
import { sectionFragment } from '../shared/team/section-fragment'
import { writeAtomMarks } from './write-atom-marks'
import { yDocToDocument } from './ydoc-to-document'

function readsAs(ydoc: Y.Doc, expected: DocumentNode): boolean {
  try {
    return isDeepStrictEqual(yDocToDocument(ydoc), expected)
  } catch {
    return false
  }
}

/**
 * Makes a Y.Doc that already holds a section hold `doc` instead, in one Yjs transaction with
 * `origin`. Only what differs changes (the binding's own reconciliation), so the unchanged text
 * keeps its identity: cursors and comment anchors in it stay put, and edits made concurrently
 * elsewhere merge. Should the reconciliation not give exactly `doc`, the text is replaced whole.
 */
export function writeDocumentIntoYDoc(ydoc: Y.Doc, doc: DocumentNode, origin: unknown): void {
  validateDocument(doc)
  const node = documentSchema().nodeFromJSON(doc)
  const expected = node.toJSON() as DocumentNode
  const fragment = ydoc.getXmlFragment(sectionFragment)
  ydoc.transact(() => {
    prosemirrorToYXmlFragment(node, fragment)
    writeAtomMarks(node, fragment)
    if (!readsAs(ydoc, expected)) {
      fragment.delete(0, fragment.length)
      prosemirrorToYXmlFragment(node, fragment)
      writeAtomMarks(node, fragment)
    }
  }, origin)
}
