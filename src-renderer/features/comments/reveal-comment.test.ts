// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { anchorOfSelection } from './comment-anchor'
import { revealComment } from './reveal-comment'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) {
    editor.destroy()
  }
})

beforeAll(() => {
  // jsdom lays nothing out; scrolling to the selection only needs some rectangle.
  const rectangle = () => new DOMRect(0, 0, 10, 10)
  Range.prototype.getBoundingClientRect = rectangle
  Range.prototype.getClientRects = () => [rectangle()] as unknown as DOMRectList
  Element.prototype.scrollIntoView = () => undefined
})

function editorOn(document: Y.Doc): Editor {
  const editor = new Editor({
    element: window.document.createElement('div'),
    extensions: [StarterKit.configure({ undoRedo: false }), Collaboration.configure({ document })],
  })
  editors.push(editor)
  return editor
}

function commentOnIncome(writer: Editor) {
  writer.commands.setContent('<p>全年营业收入增长。</p>')
  writer.commands.setTextSelection({ from: 3, to: 7 })
  return anchorOfSelection(writer.state)!.anchor
}

describe('revealComment', () => {
  it('selects the comment’s text once the live text arrives', async () => {
    const server = new Y.Doc()
    const anchor = commentOnIncome(editorOn(server))
    const opened = new Y.Doc()
    const reader = editorOn(opened)
    const revealed = revealComment(reader, anchor, 1000)
    setTimeout(() => Y.applyUpdate(opened, Y.encodeStateAsUpdate(server)), 50)
    expect(await revealed).toBe(true)
    const { from, to } = reader.state.selection
    expect(reader.state.doc.textBetween(from, to)).toBe('营业收入')
  })

  it('says so when the text never appears', async () => {
    const anchor = commentOnIncome(editorOn(new Y.Doc()))
    const reader = editorOn(new Y.Doc())
    reader.commands.setContent('<p>别的文字</p>')
    expect(await revealComment(reader, anchor, 100)).toBe(false)
    expect(reader.state.selection.empty).toBe(true)
  })
})
