import { getTextBetween, getTextSerializersFromSchema } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import type { SyncPluginState } from '@tiptap/y-tiptap'
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { CommentAnchor } from '../../../src-main/shared/team/comment-schema'
import { maxCommentLength } from '../../../src-main/shared/team/comment-schema'
import { base64ToBytes } from '../../api/base64-to-bytes'
import { bytesToBase64 } from '../../api/bytes-to-base64'

/** A stretch of the editor's document, in ProseMirror positions. */
export interface TextRange {
  from: number
  to: number
}

/** What a new comment records about the text it is on. */
export interface SelectionAnchor {
  anchor: CommentAnchor
  quote: string
}

/** The Collaboration extension's binding of the editor to its Y.Doc, or undefined without one. */
export function collaborationOf(state: EditorState): SyncPluginState | undefined {
  return ySyncPluginKey.getState(state) ?? undefined
}

/**
 * The selection as a comment anchor (two Yjs relative positions, which follow the characters as
 * others edit) and the text it covers; undefined when nothing is selected or the editor is not
 * bound to a live Y.Doc.
 */
export function anchorOfSelection(state: EditorState): SelectionAnchor | undefined {
  const sync = collaborationOf(state)
  const { from, to } = state.selection
  if (!sync || from === to) {
    return undefined
  }
  const encode = (position: number) =>
    bytesToBase64(
      Y.encodeRelativePosition(
        absolutePositionToRelativePosition(position, sync.type, sync.binding.mapping),
      ),
    )
  const quote = getTextBetween(
    state.doc,
    { from, to },
    { blockSeparator: '\n', textSerializers: getTextSerializersFromSchema(state.schema) },
  )
  return {
    anchor: { start: encode(from), end: encode(to) },
    quote: quote.slice(0, maxCommentLength),
  }
}

/**
 * Where an anchor's characters are now in a document bound to `sync`; undefined when they are
 * gone (deleted, or in a Y.Doc that never held them) or the anchor cannot be read.
 */
export function resolveAnchor(
  sync: SyncPluginState,
  anchor: CommentAnchor,
  documentSize: number,
): TextRange | undefined {
  const resolve = (encoded: string) => {
    try {
      return relativePositionToAbsolutePosition(
        sync.doc,
        sync.type,
        Y.decodeRelativePosition(base64ToBytes(encoded)),
        sync.binding.mapping,
      )
    } catch {
      return null
    }
  }
  const from = resolve(anchor.start)
  const to = resolve(anchor.end)
  if (from === null || to === null || from >= to || from < 0 || to > documentSize) {
    return undefined
  }
  return { from, to }
}

/** Where an anchor's characters are now in the editor's document, or undefined when gone. */
export function rangeOfAnchor(state: EditorState, anchor: CommentAnchor): TextRange | undefined {
  const sync = collaborationOf(state)
  return sync ? resolveAnchor(sync, anchor, state.doc.content.size) : undefined
}
