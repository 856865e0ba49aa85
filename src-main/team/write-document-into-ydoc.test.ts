import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentNode } from '../shared/document/document-json'
import { documentSchema } from '../shared/document/document-schema'
import { arbitraryDocument } from '../test-support/arbitrary-document'
import { documentToYDoc } from './document-to-ydoc'
import { sectionFragment } from '../shared/team/section-fragment'
import { writeDocumentIntoYDoc } from './write-document-into-ydoc'
import { yDocToDocument } from './ydoc-to-document'

const editorJson = (doc: DocumentNode) =>
  documentSchema().nodeFromJSON(doc).toJSON() as DocumentNode

describe('writing a document into a live Y.Doc', () => {
  it('gives exactly the new document, marks on figures included, in one transaction', () => {
    fc.assert(
      fc.property(arbitraryDocument, arbitraryDocument, (before, after) => {
        const ydoc = documentToYDoc(before)
        const origins: unknown[] = []
        ydoc.on('afterTransaction', (transaction: Y.Transaction) =>
          origins.push(transaction.origin),
        )
        writeDocumentIntoYDoc(ydoc, after, 'stored')
        expect(yDocToDocument(ydoc)).toEqual(editorJson(after))
        expect(origins).toEqual(['stored'])
      }),
      { numRuns: 60 },
    )
  })

  it('leaves unchanged paragraphs as the same Yjs items, so anchors in them hold', () => {
    const paragraph = (text: string) => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    })
    const ydoc = documentToYDoc({ type: 'doc', content: [paragraph('甲乙丙'), paragraph('丁戊')] })
    const first = ydoc.getXmlFragment(sectionFragment).get(0) as Y.XmlElement
    const anchor = Y.createRelativePositionFromTypeIndex(first.get(0) as Y.XmlText, 1)
    writeDocumentIntoYDoc(
      ydoc,
      { type: 'doc', content: [paragraph('甲乙丙'), paragraph('丁戊己')] },
      null,
    )
    expect(ydoc.getXmlFragment(sectionFragment).get(0)).toBe(first)
    expect(Y.createAbsolutePositionFromRelativePosition(anchor, ydoc)?.index).toBe(1)
  })
})
