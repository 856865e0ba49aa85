// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { anchorOfSelection, rangeOfAnchor } from './comment-anchor'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) {
    editor.destroy()
  }
})

function collaborativeEditor(document: Y.Doc): Editor {
  const editor = new Editor({
    extensions: [StarterKit.configure({ undoRedo: false }), Collaboration.configure({ document })],
  })
  editors.push(editor)
  return editor
}

/** Two writers on one section: each Y.Doc's updates reach the other at once. */
function twoWriters() {
  const mine = new Y.Doc()
  const theirs = new Y.Doc()
  mine.on('update', (update: Uint8Array) => Y.applyUpdate(theirs, update))
  theirs.on('update', (update: Uint8Array) => Y.applyUpdate(mine, update))
  const me = collaborativeEditor(mine)
  const coWriter = collaborativeEditor(theirs)
  me.commands.setContent('<p>全年营业收入增长百分之十。</p><p>第二段。</p>')
  return { me, coWriter }
}

function textOf(editor: Editor, range: { from: number; to: number } | undefined) {
  return range ? editor.state.doc.textBetween(range.from, range.to) : undefined
}

/** The position in the editor's document just before the first occurrence of `text`. */
function positionOf(editor: Editor, text: string): number {
  let found = -1
  editor.state.doc.descendants((node, position) => {
    const at = node.isText ? (node.text ?? '').indexOf(text) : -1
    if (found < 0 && at >= 0) {
      found = position + at
    }
  })
  if (found < 0) {
    throw new Error(`no ${text}`)
  }
  return found
}

function select(editor: Editor, text: string) {
  const from = positionOf(editor, text)
  editor.commands.setTextSelection({ from, to: from + text.length })
}

describe('comment anchors', () => {
  it('records the selection with the text it covers and finds it again', () => {
    const { me } = twoWriters()
    select(me, '营业收入')
    const selected = anchorOfSelection(me.state)
    expect(selected?.quote).toBe('营业收入')
    expect(textOf(me, rangeOfAnchor(me.state, selected!.anchor))).toBe('营业收入')
  })

  it('follows its characters when a co-writer types before and inside them', () => {
    const { me, coWriter } = twoWriters()
    expect(coWriter.getText()).toBe(me.getText())
    select(me, '营业收入')
    const { anchor } = anchorOfSelection(me.state)!

    coWriter.commands.insertContentAt(positionOf(coWriter, '全年'), '二〇二五年')
    expect(me.getText()).toContain('二〇二五年全年营业收入')
    expect(textOf(me, rangeOfAnchor(me.state, anchor))).toBe('营业收入')

    coWriter.commands.insertContentAt(positionOf(coWriter, '收入'), '总')
    expect(textOf(me, rangeOfAnchor(me.state, anchor))).toBe('营业总收入')

    coWriter.commands.insertContentAt(positionOf(coWriter, '增长'), '同比')
    expect(textOf(me, rangeOfAnchor(me.state, anchor))).toBe('营业总收入')
  })

  it('is gone when a co-writer deletes all of its characters', () => {
    const { me, coWriter } = twoWriters()
    select(me, '营业收入')
    const { anchor } = anchorOfSelection(me.state)!
    const from = positionOf(coWriter, '营业收入')
    coWriter.commands.deleteRange({ from, to: from + '营业收入'.length })
    expect(me.getText()).toContain('全年增长')
    expect(rangeOfAnchor(me.state, anchor)).toBeUndefined()
  })

  it('keeps the part that is left when a co-writer deletes some of its characters', () => {
    const { me, coWriter } = twoWriters()
    select(me, '营业收入')
    const { anchor } = anchorOfSelection(me.state)!
    const from = positionOf(coWriter, '营业')
    coWriter.commands.deleteRange({ from, to: from + 2 })
    expect(textOf(me, rangeOfAnchor(me.state, anchor))).toBe('收入')
  })

  it('spans paragraphs', () => {
    const { me, coWriter } = twoWriters()
    const from = positionOf(me, '百分之十')
    const to = positionOf(me, '第二段') + 3
    me.commands.setTextSelection({ from, to })
    const selected = anchorOfSelection(me.state)!
    expect(selected.quote).toBe('百分之十。\n第二段')
    coWriter.commands.insertContentAt(1, '按：')
    expect(rangeOfAnchor(me.state, selected.anchor)).toEqual({
      from: positionOf(me, '百分之十'),
      to: positionOf(me, '第二段') + 3,
    })
  })

  it('gives nothing without a selection or without a Y.Doc', () => {
    const { me } = twoWriters()
    me.commands.setTextSelection(3)
    expect(anchorOfSelection(me.state)).toBeUndefined()
    const alone = new Editor({ extensions: [StarterKit], content: '<p>一段文字</p>' })
    editors.push(alone)
    alone.commands.setTextSelection({ from: 1, to: 3 })
    expect(anchorOfSelection(alone.state)).toBeUndefined()
    expect(rangeOfAnchor(alone.state, { start: 'AAAA', end: 'AAAA' })).toBeUndefined()
  })

  it('does not resolve an anchor that is not base64 of a position', () => {
    const { me } = twoWriters()
    expect(rangeOfAnchor(me.state, { start: '不是位置', end: '%%%' })).toBeUndefined()
  })

  it('does not resolve in another section', () => {
    const { me } = twoWriters()
    select(me, '营业收入')
    const { anchor } = anchorOfSelection(me.state)!
    const other = collaborativeEditor(new Y.Doc())
    other.commands.setContent('<p>全年营业收入增长百分之十。</p>')
    expect(rangeOfAnchor(other.state, anchor)).toBeUndefined()
  })
})
