// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { applyTextFix } from '../../../src-main/shared/checks/apply-text-fix'
import type { ReportFix } from '../../../src-main/shared/checks/report-finding'
import type { DocumentNode } from '../../../src-main/shared/document/document-json'
import { documentExtensions } from '../../../src-main/shared/document/document-extensions'
import { applyTextFixInEditor } from './apply-text-fix-in-editor'

const start: DocumentNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '全年', marks: [{ type: 'bold' }] },
        { type: 'text', text: '原煤产量' },
        { type: 'metric', attrs: { seriesId: 7, template: '{v}万吨', scale: 10000 } },
        { type: 'text', text: ',同比增长' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: '第二段,完。' }] },
  ],
}

let editor: Editor
afterEach(() => editor.destroy())

/** A document as the editor holds it (every attribute filled in). */
function asEditorHolds(doc: DocumentNode | undefined): unknown {
  const other = new Editor({ extensions: documentExtensions, content: doc })
  const json = other.getJSON()
  other.destroy()
  return json
}

function fix(anchorStart: number, anchorEnd: number, expected: string, replacement: string) {
  return { kind: 'replace-text', anchorStart, anchorEnd, expected, replacement } as ReportFix
}

describe('applyTextFixInEditor', () => {
  it('makes the same change as the stored fix, as one step Ctrl+Z takes back', () => {
    editor = new Editor({ extensions: documentExtensions, content: start })
    const comma = fix(7, 8, ',', '，')
    expect(applyTextFixInEditor(editor, comma)).toBe(true)
    expect(editor.getJSON()).toEqual(asEditorHolds(applyTextFix(start, comma)))
    editor.commands.undo()
    expect(editor.getJSON()).toEqual(asEditorHolds(start))
  })

  it('fixes text in a later paragraph', () => {
    editor = new Editor({ extensions: documentExtensions, content: start })
    const comma = fix(16, 17, ',', '，')
    expect(applyTextFixInEditor(editor, comma)).toBe(true)
    expect(editor.getJSON()).toEqual(asEditorHolds(applyTextFix(start, comma)))
  })

  it('refuses, changing nothing, when the text moved, or the stretch holds a figure or a break', () => {
    editor = new Editor({ extensions: documentExtensions, content: start })
    for (const refused of [
      fix(7, 8, '，', '、'),
      fix(6, 8, '\uFFFC,', '，'),
      fix(12, 14, '长\n', '长'),
    ]) {
      expect(applyTextFixInEditor(editor, refused)).toBe(false)
    }
    expect(editor.getJSON()).toEqual(asEditorHolds(start))
  })
})
