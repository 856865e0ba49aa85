import type { Editor } from '@tiptap/core'
import type { ReportFix } from '../../../src-main/shared/checks/report-finding'
import type { DocumentNode } from '../../../src-main/shared/document/document-json'
import {
  documentTextMap,
  figureAnchor,
  positionOfOffset,
} from '../../../src-main/shared/document/document-text-map'

/**
 * Applies a check's fix in the editor as one transaction (so Ctrl+Z takes it back) and selects
 * the new text. Refuses, changing nothing, when the stretch no longer reads what the check saw,
 * or when it holds a figure or crosses a paragraph: a fix only ever rewrites plain text.
 */
export function applyTextFixInEditor(editor: Editor, fix: ReportFix): boolean {
  const map = documentTextMap(editor.getJSON() as DocumentNode)
  const current = map.text.slice(fix.anchorStart, fix.anchorEnd)
  if (current !== fix.expected || current.includes(figureAnchor) || current.includes('\n')) {
    return false
  }
  const from = positionOfOffset(map, fix.anchorStart)
  const to = positionOfOffset(map, fix.anchorEnd)
  return editor
    .chain()
    .focus()
    .command(({ tr }) => {
      tr.insertText(fix.replacement, from, to)
      return true
    })
    .setTextSelection({ from, to: from + fix.replacement.length })
    .scrollIntoView()
    .run()
}
