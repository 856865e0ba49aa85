import type { Editor } from '@tiptap/core'
import type { CommentAnchor } from '../../../src-main/shared/team/comment-schema'
import type { TextRange } from './comment-anchor'
import { rangeOfAnchor } from './comment-anchor'

/**
 * Where an anchor is in the editor, waiting up to `timeoutMs` for it to appear: an editor just
 * opened gets its live text from the server a moment later. Undefined when it does not appear.
 */
export function rangeWhenLoaded(
  editor: Editor,
  anchor: CommentAnchor,
  timeoutMs: number,
): Promise<TextRange | undefined> {
  const found = rangeOfAnchor(editor.state, anchor)
  if (found || editor.isDestroyed) {
    return Promise.resolve(found)
  }
  return new Promise((resolve) => {
    const finish = (range: TextRange | undefined) => {
      clearTimeout(timer)
      editor.off('transaction', check)
      resolve(range)
    }
    const check = () => {
      const range = rangeOfAnchor(editor.state, anchor)
      if (range) {
        finish(range)
      }
    }
    const timer = setTimeout(() => finish(undefined), timeoutMs)
    editor.on('transaction', check)
  })
}

/** Selects a comment's text in its editor and scrolls to it; false when the text is gone. */
export async function revealComment(
  editor: Editor,
  anchor: CommentAnchor,
  timeoutMs = 2000,
): Promise<boolean> {
  const range = await rangeWhenLoaded(editor, anchor, timeoutMs)
  if (!range || editor.isDestroyed) {
    return false
  }
  editor.chain().focus().setTextSelection(range).scrollIntoView().run()
  return true
}
