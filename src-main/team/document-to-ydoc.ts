import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { DocumentNode } from '../shared/document/document-json'
import { documentSchema } from '../shared/document/document-schema'
import { validateDocument } from '../shared/document/validate-document'
import { atomMarkPrefix } from './atom-mark-attribute'
import { sectionFragment } from './section-fragment'

/**
 * Writes the marks of non-text nodes (a figure in a lead sentence) as attributes of their
 * elements. The binding writes a run of text nodes as one XmlText and every other node as one
 * XmlElement, in order, which is how the children are paired here.
 */
function writeAtomMarks(node: ProseMirrorNode, element: Y.XmlElement | Y.XmlFragment): void {
  const children = element.toArray()
  let index = 0
  let inTextRun = false
  node.forEach((child) => {
    if (child.isText) {
      index += inTextRun ? 0 : 1
      inTextRun = true
      return
    }
    inTextRun = false
    const childElement = children[index] as Y.XmlElement
    index += 1
    for (const mark of child.marks) {
      // A plain copy: Yjs refuses ProseMirror's prototype-less attribute objects.
      childElement.setAttribute(`${atomMarkPrefix}${mark.type.name}`, { ...mark.attrs } as never)
    }
    writeAtomMarks(child, childElement)
  })
}

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
