// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { liveAtomMarkNodeTypes } from '../../src-renderer/features/editor/live-atom-marks'
import { withLiveCollaboration } from '../../src-renderer/features/editor/live-collaboration'
import type { DocumentMark, DocumentNode } from '../shared/document/document-json'
import { documentExtensions } from '../shared/document/document-extensions'
import { documentSchema } from '../shared/document/document-schema'
import { documentToYDoc } from './document-to-ydoc'
import { yDocToDocument } from './ydoc-to-document'

const figure = { type: 'metric', attrs: { seriesId: 7, template: '{v}万吨', scale: 10000 } }

const plainFigure: DocumentNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: '全年原煤产量' }, figure, { type: 'text', text: '。' }],
    },
  ],
}

const boldFigure: DocumentNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '全年原煤产量', marks: [{ type: 'leadSentence' }] },
        { ...figure, marks: [{ type: 'leadSentence' }] },
        { type: 'text', text: '。' },
      ],
    },
  ],
}

const editors: Editor[] = []
afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy())
})

function liveEditor(ydoc: Y.Doc): Editor {
  const editor = new Editor({ extensions: withLiveCollaboration(documentExtensions, ydoc) })
  editors.push(editor)
  return editor
}

/** Two replicas that pass every update to each other, as the server does between two people. */
function connectedPair(start: DocumentNode): [Y.Doc, Y.Doc] {
  const first = new Y.Doc()
  const second = new Y.Doc()
  Y.applyUpdate(first, Y.encodeStateAsUpdate(documentToYDoc(start)))
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
  first.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') {
      Y.applyUpdate(second, update, 'peer')
    }
  })
  second.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') {
      Y.applyUpdate(first, update, 'peer')
    }
  })
  return [first, second]
}

function figureIn(editor: Editor): { position: number; marks: string[] } {
  let found = { position: -1, marks: [] as string[] }
  editor.state.doc.descendants((node, position) => {
    if (node.type.name === 'metric') {
      found = { position, marks: node.marks.map((mark) => mark.type.name) }
    }
  })
  return found
}

function storedFigureMarks(ydoc: Y.Doc): DocumentMark[] | undefined {
  const paragraph = yDocToDocument(ydoc).content?.[0]
  return paragraph?.content?.find((inline) => inline.type === 'metric')?.marks
}

function selectFigure(editor: Editor): void {
  const { position } = figureIn(editor)
  editor.view.dispatch(
    editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, position)),
  )
}

describe('marks on figures in a live document', () => {
  it('are kept on every inline node that is not text', () => {
    const inline = Object.values(documentSchema().nodes)
      .filter((type) => type.isInline && !type.isText)
      .map((type) => type.name)
      .sort()
    expect([...liveAtomMarkNodeTypes].sort()).toEqual(inline)
  })

  it('a figure made bold in one editor is bold in the other and in the stored document', () => {
    const [first, second] = connectedPair(plainFigure)
    const mine = liveEditor(first)
    const theirs = liveEditor(second)
    expect(figureIn(theirs).marks).toEqual([])

    selectFigure(mine)
    mine.commands.setMark('bold')

    expect(figureIn(mine).marks).toEqual(['bold'])
    expect(figureIn(theirs).marks).toEqual(['bold'])
    expect(storedFigureMarks(first)).toEqual([{ type: 'bold' }])
    expect(storedFigureMarks(second)).toEqual([{ type: 'bold' }])

    selectFigure(theirs)
    theirs.commands.unsetMark('bold')
    expect(figureIn(mine).marks).toEqual([])
    expect(storedFigureMarks(first)).toBeUndefined()
  })

  it('a lead sentence over text and figure reaches the other editor whole, and survives their typing', () => {
    const [first, second] = connectedPair(plainFigure)
    const mine = liveEditor(first)
    const theirs = liveEditor(second)
    const { position } = figureIn(mine)
    mine
      .chain()
      .setTextSelection({ from: 1, to: position + 1 })
      .toggleLeadSentence()
      .run()

    expect(figureIn(theirs).marks).toEqual(['leadSentence'])
    expect(yDocToDocument(second)).toEqual(documentSchema().nodeFromJSON(boldFigure).toJSON())

    theirs
      .chain()
      .setTextSelection(theirs.state.doc.content.size - 1)
      .insertContent('较上年增长')
      .run()
    expect(figureIn(mine).marks).toEqual(['leadSentence'])
    expect(figureIn(theirs).marks).toEqual(['leadSentence'])
    expect(storedFigureMarks(first)).toEqual([{ type: 'leadSentence' }])
    expect(mine.state.doc.textContent).toContain('较上年增长')
  })

  it('a Y.Doc the server made from a section with a bold figure opens with the mark', () => {
    const ydoc = new Y.Doc()
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(documentToYDoc(boldFigure)))
    const editor = liveEditor(ydoc)
    expect(figureIn(editor).marks).toEqual(['leadSentence'])
    const json = editor.getJSON()
    expect(
      json.content?.[0].content?.map((inline) => inline.marks?.map((mark) => mark.type)),
    ).toEqual([['leadSentence'], ['leadSentence'], undefined])
    expect(yDocToDocument(ydoc)).toEqual(documentSchema().nodeFromJSON(boldFigure).toJSON())
  })

  it("Ctrl+Z takes back one's own bold figure, in both editors", () => {
    const [first, second] = connectedPair(plainFigure)
    const mine = liveEditor(first)
    const theirs = liveEditor(second)
    selectFigure(mine)
    mine.commands.setMark('bold')
    expect(figureIn(theirs).marks).toEqual(['bold'])

    expect(mine.commands.undo()).toBe(true)
    expect(figureIn(mine).marks).toEqual([])
    expect(figureIn(theirs).marks).toEqual([])
    expect(storedFigureMarks(second)).toBeUndefined()
  })
})
