import type { ReactNode } from 'react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Comment } from '../../../src-main/shared/team/comment-schema'
import { api } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { describeError } from '../../i18n/i18n'
import type { EditorRegistry, SectionEditorHandle } from '../editor/editor-registry'
import { pollWhileVisible } from '../team/poll-while-visible'
import type { CommentTarget } from './add-comment-dialog'
import { AddCommentDialog } from './add-comment-dialog'
import { anchorOfSelection } from './comment-anchor'
import { setCommentHighlights } from './comment-highlight'
import { openAnchorsBySection } from './comment-threads'
import { revealComment } from './reveal-comment'

interface ReportCommentsOptions {
  reportId: number
  editors: EditorRegistry
  /** Team mode (comments need the team server's live documents). */
  enabled: boolean
  /** The 批注 tab is open: the list is read again every few seconds. */
  watching: boolean
  /** Brings a section's editor on screen (the report view's own select). */
  showSection: (sectionId: number) => Promise<void>
  /** A comment was added (the report view opens the 批注 tab). */
  onAdded: () => void
}

export interface ReportComments {
  comments: Comment[] | undefined
  error: string
  reload: () => Promise<void>
  reveal: (comment: Comment) => Promise<void>
  /** The 添加批注 dialog when open. */
  dialog: ReactNode
}

/** While the 批注 tab is open, others' comments appear within this long. */
const watchingIntervalMs = 4000
/** Otherwise the marks in the text are kept roughly up to date. */
const backgroundIntervalMs = 30_000

/**
 * A report's comments in team mode: the list (polled), the marks of open comments in every
 * section editor, the 添加批注 toolbar button and Ctrl+Alt+M, and jumping to a comment's text.
 */
export function useReportComments({
  reportId,
  editors,
  enabled,
  watching,
  showSection,
  onAdded,
}: ReportCommentsOptions): ReportComments {
  const { t } = useTranslation()
  const notify = useNotify()
  const [comments, setComments] = useState<Comment[]>()
  const [error, setError] = useState('')
  const [adding, setAdding] = useState<CommentTarget>()
  const onAddedRef = useRef(onAdded)
  onAddedRef.current = onAdded

  const reload = useCallback(async () => {
    const result = await api.call('comments.list', { reportId })
    if (result.ok) {
      setComments(result.value)
      setError('')
    } else {
      setError(describeError(result))
    }
  }, [reportId])

  useEffect(() => {
    if (!enabled) {
      return undefined
    }
    return pollWhileVisible(reload, watching ? watchingIntervalMs : backgroundIntervalMs)
  }, [enabled, reload, watching])

  useEffect(() => {
    if (!enabled || !comments) {
      return undefined
    }
    const open = openAnchorsBySection(comments)
    return editors.forEachEditor((handle) =>
      setCommentHighlights(handle.editor, open.get(handle.sectionId) ?? []),
    )
  }, [comments, editors, enabled])

  const startAdding = useCallback(
    (handle: SectionEditorHandle) => {
      if (handle.editor.state.selection.empty) {
        notify({ kind: 'error', text: t('ui.comments.selectFirst') })
        return
      }
      const selected = anchorOfSelection(handle.editor.state)
      if (!selected) {
        notify({ kind: 'error', text: t('ui.comments.needsLive') })
        return
      }
      setAdding({ sectionId: handle.sectionId, ...selected })
    },
    [notify, t],
  )

  useEffect(() => {
    if (!enabled) {
      return undefined
    }
    const removeTool = editors.addTool({
      key: 'add-comment',
      label: t('ui.comments.addHint'),
      text: t('ui.comments.add'),
      isEnabled: (editor) => !editor.state.selection.empty,
      run: startAdding,
    })
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
        const handle = editors.focused()
        if (handle) {
          event.preventDefault()
          startAdding(handle)
        }
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      removeTool()
      window.removeEventListener('keydown', onKey)
    }
  }, [editors, enabled, startAdding, t])

  const reveal = useCallback(
    async (comment: Comment) => {
      const thread = comment.parentId === null ? comment : undefined
      if (!thread?.anchor) {
        return
      }
      await showSection(thread.sectionId)
      const handle = await editors.whenReady(thread.sectionId)
      if (!handle || !(await revealComment(handle.editor, thread.anchor))) {
        notify({ kind: 'error', text: t('ui.comments.textGone') })
      }
    },
    [editors, notify, showSection, t],
  )

  const dialog = adding ? (
    <AddCommentDialog
      target={adding}
      onAdded={() => {
        setAdding(undefined)
        notify({ kind: 'info', text: t('ui.comments.added') })
        onAddedRef.current()
        void reload()
      }}
      onClose={() => setAdding(undefined)}
    />
  ) : null

  return { comments, error, reload, reveal, dialog }
}
