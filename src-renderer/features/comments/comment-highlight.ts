import type { Editor } from '@tiptap/core'
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { SyncPluginState } from '@tiptap/y-tiptap'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type { CommentAnchor } from '../../../src-main/shared/team/comment-schema'
import { resolveAnchor } from './comment-anchor'

/** An open comment the editor marks: its id (on the mark, for clicks) and where it sits. */
export interface HighlightedComment {
  id: number
  anchor: CommentAnchor
}

interface CommentHighlightState {
  comments: HighlightedComment[]
  decorations: DecorationSet
}

/** The class of the marked stretches (styled in comments-and-presence.css). */
export const commentHighlightClass = 'comment-highlight'

export const commentHighlightKey = new PluginKey<CommentHighlightState>('commentHighlight')

function decorate(
  doc: ProseMirrorNode,
  sync: SyncPluginState | undefined,
  comments: HighlightedComment[],
): DecorationSet {
  if (!sync) {
    return DecorationSet.empty
  }
  const decorations: Decoration[] = []
  for (const comment of comments) {
    const range = resolveAnchor(sync, comment.anchor, doc.content.size)
    if (range) {
      // Like the anchor's Yjs positions: typing at the start joins the range, at the end does not.
      decorations.push(
        Decoration.inline(
          range.from,
          range.to,
          { class: commentHighlightClass, 'data-comment-id': String(comment.id) },
          { inclusiveStart: true, inclusiveEnd: false },
        ),
      )
    }
  }
  return DecorationSet.create(doc, decorations)
}

function isRemoteChange(transaction: Transaction): boolean {
  const meta = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
  return meta?.isChangeOrigin === true
}

/**
 * Marks the text of open comments. The ranges come from the comments' Yjs anchors when the list
 * is given and when a change arrives through Yjs (a co-writer's edit, a reload); the editor's own
 * edits only map the marks, as the Y.Doc catches up with them after the transaction.
 */
export function commentHighlightPlugin(): Plugin<CommentHighlightState> {
  return new Plugin<CommentHighlightState>({
    key: commentHighlightKey,
    state: {
      init: () => ({ comments: [], decorations: DecorationSet.empty }),
      apply(transaction, value, oldState: EditorState, newState: EditorState) {
        const sync = ySyncPluginKey.getState(newState) ?? ySyncPluginKey.getState(oldState)
        const given = transaction.getMeta(commentHighlightKey) as HighlightedComment[] | undefined
        if (given) {
          return { comments: given, decorations: decorate(transaction.doc, sync, given) }
        }
        if (!transaction.docChanged) {
          return value
        }
        if (isRemoteChange(transaction)) {
          return {
            comments: value.comments,
            decorations: decorate(transaction.doc, sync, value.comments),
          }
        }
        return {
          comments: value.comments,
          decorations: value.decorations.map(transaction.mapping, transaction.doc),
        }
      },
    },
    props: {
      decorations: (state) => commentHighlightKey.getState(state)?.decorations,
    },
  })
}

/** The highlight as a Tiptap extension, for an editor's extension list. */
export const CommentHighlight = Extension.create({
  name: 'commentHighlight',
  addProseMirrorPlugins() {
    return [commentHighlightPlugin()]
  },
})

function sameComments(left: HighlightedComment[], right: HighlightedComment[]): boolean {
  return (
    left.length === right.length &&
    left.every(
      (comment, index) =>
        comment.id === right[index]!.id &&
        comment.anchor.start === right[index]!.anchor.start &&
        comment.anchor.end === right[index]!.anchor.end,
    )
  )
}

/**
 * Marks these comments in the editor, adding the highlight plugin to it first if its extension
 * list lacks it. Does nothing when the editor already marks the same comments.
 */
export function setCommentHighlights(editor: Editor, comments: HighlightedComment[]): void {
  if (editor.isDestroyed) {
    return
  }
  const current = commentHighlightKey.getState(editor.state)
  if (!current) {
    editor.registerPlugin(commentHighlightPlugin())
  } else if (sameComments(current.comments, comments)) {
    return
  }
  editor.view.dispatch(
    editor.state.tr.setMeta(commentHighlightKey, comments).setMeta('addToHistory', false),
  )
}
