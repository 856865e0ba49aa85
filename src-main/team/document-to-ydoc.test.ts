import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { importText } from '../import/text-import-service'
import type { DocumentNode } from '../shared/document/document-json'
import { documentSchema } from '../shared/document/document-schema'
import { markNames, nodeNames } from '../shared/document/node-names'
import { validateDocument } from '../shared/document/validate-document'
import { arbitraryDocument } from '../test-support/arbitrary-document'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { documentToYDoc } from './document-to-ydoc'
import { sectionFragment } from '../shared/team/section-fragment'
import { yDocToDocument } from './ydoc-to-document'

/** The document as another replica sees it: through an encoded update, as sync and storage do. */
function throughUpdate(ydoc: Y.Doc): Y.Doc {
  const replica = new Y.Doc()
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(ydoc))
  return replica
}

/** The JSON the editor's getJSON() gives for a document: defaults filled, marks in schema order. */
function editorJson(doc: DocumentNode): DocumentNode {
  return documentSchema().nodeFromJSON(doc).toJSON() as DocumentNode
}

describe('a section of the sample report through a Y.Doc', () => {
  let workspace: Workspace
  let sections: { title: string; doc: DocumentNode }[]

  beforeAll(() => {
    const sample = readFileSync(new URL('../../resources/shangdang-2025.txt', import.meta.url))
    workspace = openWorkspace(':memory:')
    const reportId = importText(workspace, { text: sample.toString('utf8'), year: 2025 })
    sections = workspace.sections.listByReport(reportId)
  })
  afterAll(() => workspace.close())

  it('comes back exactly as stored, figures and lead sentences included', () => {
    expect(sections.length).toBeGreaterThan(20)
    const figures = sections.flatMap((section) =>
      (section.doc.content ?? []).flatMap((block) =>
        (block.content ?? []).filter((inline) => inline.type === 'metric'),
      ),
    )
    expect(figures.length).toBeGreaterThan(30)
    for (const section of sections) {
      expect(yDocToDocument(throughUpdate(documentToYDoc(section.doc))), section.title).toEqual(
        section.doc,
      )
    }
  })

  it('is what the Collaboration editor binding reads from the fragment', () => {
    for (const section of sections) {
      const fragment = throughUpdate(documentToYDoc(section.doc)).getXmlFragment(sectionFragment)
      const read = yXmlFragmentToProseMirrorRootNode(fragment, documentSchema()).toJSON()
      expect(read, section.title).toEqual(section.doc)
    }
  })
})

describe('random documents of the schema through a Y.Doc', () => {
  it('keep every node, attribute and mark', () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        validateDocument(doc)
        const expected = editorJson(doc)
        expect(yDocToDocument(documentToYDoc(doc))).toEqual(expected)
        expect(yDocToDocument(throughUpdate(documentToYDoc(doc)))).toEqual(expected)
      }),
      { numRuns: 120 },
    )
  })

  it('cover every node and mark of the schema, marks on figures and line breaks too', () => {
    const seenNodes = new Set<string>()
    const seenMarks = new Set<string>()
    const markedAtoms = new Set<string>()
    const visit = (node: DocumentNode) => {
      seenNodes.add(node.type)
      for (const mark of node.marks ?? []) {
        seenMarks.add(mark.type)
        if (node.type !== 'text') {
          markedAtoms.add(node.type)
        }
      }
      node.content?.forEach(visit)
    }
    fc.sample(arbitraryDocument, { numRuns: 300, seed: 20 }).forEach(visit)
    expect([...seenNodes].sort()).toEqual([...nodeNames].sort())
    expect([...seenMarks].sort()).toEqual([...markNames].sort())
    expect([...markedAtoms].sort()).toEqual(['hardBreak', 'metric'])
  })
})

describe('marks on a figure', () => {
  const leadWithFigure: DocumentNode = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '全年地区生产总值', marks: [{ type: 'leadSentence' }] },
          {
            type: 'metric',
            attrs: { seriesId: 3, template: '{v}亿元', scale: 100000000 },
            marks: [{ type: 'leadSentence' }],
          },
          { type: 'text', text: '。' },
        ],
      },
    ],
  }

  it('survive the Y.Doc, where the binding alone would drop them', () => {
    const ydoc = documentToYDoc(leadWithFigure)
    const paragraph = ydoc.getXmlFragment(sectionFragment).get(0) as Y.XmlElement
    const figure = paragraph.get(1) as Y.XmlElement
    expect(figure.nodeName).toBe('metric')
    expect(figure.getAttribute('__mark_leadSentence')).toEqual({})
    const read = yDocToDocument(throughUpdate(ydoc))
    expect(read.content?.[0].content?.[1]).toEqual({
      type: 'metric',
      attrs: {
        seriesId: 3,
        template: '{v}亿元',
        scale: 100000000,
        numerals: 'arabic',
        grouping: false,
        decimals: 0,
        magnitude: false,
        fullWidth: false,
      },
      marks: [{ type: 'leadSentence' }],
    })
  })
})

describe('a document the schema refuses', () => {
  it('does not become a Y.Doc', () => {
    const unknownNode = { type: 'doc', content: [{ type: 'video' }] }
    expect(() => documentToYDoc(unknownNode)).toThrow(
      expect.objectContaining({ code: 'invalid_document' }),
    )
    const emptyDoc = { type: 'doc', content: [] }
    expect(() => documentToYDoc(emptyDoc)).toThrow(
      expect.objectContaining({ code: 'invalid_document' }),
    )
  })

  it('is not read out of a Y.Doc, and reading leaves the Y.Doc as it was', () => {
    const ydoc = documentToYDoc({ type: 'doc', content: [{ type: 'paragraph' }] })
    const fragment = ydoc.getXmlFragment(sectionFragment)
    fragment.insert(1, [new Y.XmlElement('video')])
    const before = Y.encodeStateAsUpdate(ydoc)
    expect(() => yDocToDocument(ydoc)).toThrow(
      expect.objectContaining({ code: 'invalid_document' }),
    )
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before)
    expect(fragment.length).toBe(2)
  })

  it('is refused when a never-written Y.Doc is read', () => {
    expect(() => yDocToDocument(new Y.Doc())).toThrow(
      expect.objectContaining({ code: 'invalid_document' }),
    )
  })
})
