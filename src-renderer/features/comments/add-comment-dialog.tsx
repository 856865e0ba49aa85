import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommentAnchor } from '../../../src-main/shared/team/comment-schema'
import { maxCommentLength } from '../../../src-main/shared/team/comment-schema'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { commentBodyError } from './comment-body-error'

/** The text a new comment is on, captured when the dialog opened. */
export interface CommentTarget {
  sectionId: number
  anchor: CommentAnchor
  quote: string
}

interface AddCommentDialogProps {
  target: CommentTarget
  onAdded: () => void
  onClose: () => void
}

/** 添加批注: the comment's text for the selected words, sent with their anchor. */
export function AddCommentDialog({ target, onAdded, onClose }: AddCommentDialogProps) {
  const { t } = useTranslation()
  const [body, setBody] = useState('')
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)

  const submit = async () => {
    const problem = commentBodyError(body)
    if (problem) {
      setError(problem)
      return
    }
    setSending(true)
    setError('')
    try {
      unwrap(await api.call('comments.add', { ...target, body: body.trim() }))
      onAdded()
    } catch (failure) {
      setError(describeError(failure))
      setSending(false)
    }
  }

  return (
    <ModalDialog
      title={t('ui.comments.addTitle')}
      onClose={onClose}
      testId="add-comment-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={sending}
            onClick={() => void submit()}
          >
            {t('ui.comments.submit')}
          </button>
        </>
      }
    >
      <figure className="comment-quote-preview">
        <figcaption className="muted small">{t('ui.comments.quote')}</figcaption>
        <blockquote>{target.quote}</blockquote>
      </figure>
      <label className="field">
        <span>{t('ui.comments.body')}</span>
        <textarea
          rows={4}
          maxLength={maxCommentLength}
          value={body}
          data-testid="comment-body"
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault()
              void submit()
            }
          }}
        />
      </label>
      <FieldError message={error} />
    </ModalDialog>
  )
}
