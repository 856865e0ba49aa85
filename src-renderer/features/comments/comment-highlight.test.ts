// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { anchorOfSelection } from './comment-anchor'
import {
  CommentHighlight,
  commentHighlightClass,
  commentHighlightKey,
  setCommentHighlights,
} from './comment-highlight'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) {
    editor.destroy()
  }
})

function collaborativeEditor(document: Y.Doc, withExtension: boolean): Editor {
  const editor = new Editor({
    extensions: [
      StarterKit.configure({ undoRedo: false }),
      Collaboration.configure({ document }),
      ...(withExtension ? [CommentHighlight] : []),
    ],
  })
  editors.push(editor)
  return editor
}

function twoWriters(withExtension = true) {
  const mine = new Y.Doc()
  const theirs = new Y.Doc()
  mine.on('update', (update: Uint8Array) => Y.applyUpdate(theirs, update))
  theirs.on('update', (update: Uint8Array) => Y.applyUpdate(mine, update))
  const me = collaborativeEditor(mine, withExtension)
  const coWriter = collaborativeEditor(theirs, false)
  me.commands.setContent('<p>全年营业收入增长百分之十，利润持平。</p>')
  return { me, coWriter }
}

function positionOf(editor: Editor, text: string): number {
  const start = editor.state.doc.textBetween(0, editor.state.doc.content.size).indexOf(text)
  if (start < 0) {
    throw new Error(`no ${text}`)
  }
  return start + 1
}

function anchorOn(editor: Editor, text: string) {
  const from = positionOf(editor, text)
  editor.commands.setTextSelection({ from, to: from + text.length })
  return anchorOfSelection(editor.state)!.anchor
}

/** The marked stretches: their text in the DOM and their range in the plugin's state. */
function marked(editor: Editor) {
  const decorations = commentHighlightKey.getState(editor.state)?.decorations.find() ?? []
  return {
    dom: [...editor.view.dom.querySelectorAll(`.${commentHighlightClass}`)].map((element) => [
      element.getAttribute('data-comment-id'),
      element.textContent,
    ]),
    text: decorations.map((decoration) =>
      editor.state.doc.textBetween(decoration.from, decoration.to),
    ),
  }
}

describe('comment highlight', () => {
  it('marks exactly the text of each comment', () => {
    const { me } = twoWriters()
    const income = anchorOn(me, '营业收入')
    const profit = anchorOn(me, '利润')
    setCommentHighlights(me, [
      { id: 7, anchor: income },
      { id: 8, anchor: profit },
    ])
    expect(marked(me)).toEqual({
      dom: [
        ['7', '营业收入'],
        ['8', '利润'],
      ],
      text: ['营业收入', '利润'],
    })
  })

  it('follows a co-writer typing inside the range and my own typing', () => {
    const { me, coWriter } = twoWriters()
    setCommentHighlights(me, [{ id: 1, anchor: anchorOn(me, '营业收入') }])
    coWriter.commands.insertContentAt(positionOf(coWriter, '全年'), '本')
    coWriter.commands.insertContentAt(positionOf(coWriter, '收入'), '总')
    expect(marked(me).text).toEqual(['营业总收入'])
    me.commands.insertContentAt(positionOf(me, '营业'), '主')
    me.commands.insertContentAt(positionOf(me, '增长'), '大幅')
    expect(marked(me)).toEqual({ dom: [['1', '主营业总收入']], text: ['主营业总收入'] })
    // A co-writer's edit recomputes the marks from the anchor: the same stretch.
    coWriter.commands.insertContentAt(positionOf(coWriter, '利润'), '净')
    expect(marked(me).text).toEqual(['主营业总收入'])
  })

  it('drops the mark when its text is deleted, and when the comment leaves the list', () => {
    const { me, coWriter } = twoWriters()
    const income = anchorOn(me, '营业收入')
    const profit = anchorOn(me, '利润')
    setCommentHighlights(me, [
      { id: 1, anchor: income },
      { id: 2, anchor: profit },
    ])
    const from = positionOf(coWriter, '营业收入')
    coWriter.commands.deleteRange({ from, to: from + 4 })
    expect(marked(me).text).toEqual(['利润'])
    setCommentHighlights(me, [])
    expect(marked(me)).toEqual({ dom: [], text: [] })
  })

  it('adds itself to an editor whose extension list lacks it', () => {
    const { me } = twoWriters(false)
    expect(commentHighlightKey.getState(me.state)).toBeUndefined()
    setCommentHighlights(me, [{ id: 3, anchor: anchorOn(me, '百分之十') }])
    expect(marked(me).dom).toEqual([['3', '百分之十']])
  })

  it('marks nothing in an editor without a Y.Doc', () => {
    const alone = new Editor({
      extensions: [StarterKit, CommentHighlight],
      content: '<p>全年营业收入</p>',
    })
    editors.push(alone)
    const { me } = twoWriters()
    setCommentHighlights(alone, [{ id: 1, anchor: anchorOn(me, '营业收入') }])
    expect(marked(alone)).toEqual({ dom: [], text: [] })
  })
})
