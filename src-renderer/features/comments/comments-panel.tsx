import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Section } from '../../../src-main/shared/sections/section'
import type { Comment } from '../../../src-main/shared/team/comment-schema'
import { maxCommentLength } from '../../../src-main/shared/team/comment-schema'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { describeError, i18n } from '../../i18n/i18n'
import { commentBodyError } from './comment-body-error'
import type { CommentThread } from './comment-threads'
import { commentThreads } from './comment-threads'

interface CommentsPanelProps {
  /** Team mode: comments need the live documents of the team server. */
  enabled: boolean
  /** The report's comments; undefined while loading. */
  comments: Comment[] | undefined
  /** Why the list could not be read, if it could not. */
  error: string
  sections: Section[]
  /** Section ids in reading order. */
  sectionOrder: number[]
  /** Shows a comment's text in its editor. */
  onReveal: (comment: Comment) => void
  /** Reads the list again after a reply or a 解决. */
  onChanged: () => Promise<void>
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
}

/** 批注: the report's comment threads, open ones first, resolved ones folded away. */
export function CommentsPanel({
  enabled,
  comments,
  error,
  sections,
  sectionOrder,
  onReveal,
  onChanged,
}: CommentsPanelProps) {
  const { t } = useTranslation()
  if (!enabled) {
    return (
      <section className="comments-panel" aria-label={t('ui.comments.title')}>
        <p className="empty">{t('ui.comments.teamOnly')}</p>
      </section>
    )
  }
  const { open, resolved } = commentThreads(comments ?? [], sectionOrder)
  const titleOf = (sectionId: number) => {
    const section = sections.find((candidate) => candidate.id === sectionId)
    return section ? section.title || t(`ui.outline.kinds.${section.kind}`) : ''
  }
  const show = (thread: CommentThread) => (
    <CommentThreadView
      key={thread.comment.id}
      thread={thread}
      sectionTitle={titleOf(thread.comment.sectionId)}
      onReveal={onReveal}
      onChanged={onChanged}
    />
  )
  return (
    <section className="comments-panel" aria-label={t('ui.comments.title')}>
      <FieldError message={error} />
      {comments === undefined && !error && <p className="muted">{t('ui.comments.loading')}</p>}
      {comments !== undefined && open.length === 0 && resolved.length === 0 && (
        <p className="empty">{t('ui.comments.empty')}</p>
      )}
      {open.map(show)}
      {resolved.length > 0 && (
        <details className="comments-resolved" data-testid="comments-resolved">
          <summary>{t('ui.comments.resolved', { count: resolved.length })}</summary>
          {resolved.map(show)}
        </details>
      )}
    </section>
  )
}

interface CommentThreadViewProps {
  thread: CommentThread
  sectionTitle: string
  onReveal: (comment: Comment) => void
  onChanged: () => Promise<void>
}

function CommentThreadView({ thread, sectionTitle, onReveal, onChanged }: CommentThreadViewProps) {
  const { t } = useTranslation()
  const { comment, replies } = thread
  const [reply, setReply] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const isResolved = comment.resolvedAt !== null

  const act = async (call: () => Promise<unknown>) => {
    setBusy(true)
    setError('')
    try {
      await call()
      await onChanged()
      return true
    } catch (failure) {
      setError(describeError(failure))
      return false
    } finally {
      setBusy(false)
    }
  }

  const sendReply = async () => {
    const problem = commentBodyError(reply)
    if (problem) {
      setError(problem)
      return
    }
    const sent = await act(async () =>
      unwrap(await api.call('comments.reply', { commentId: comment.id, body: reply.trim() })),
    )
    if (sent) {
      setReply('')
    }
  }

  return (
    <article
      className={isResolved ? 'comment-thread resolved' : 'comment-thread'}
      aria-label={t('ui.comments.threadLabel', { author: comment.author })}
      data-testid="comment-thread"
      data-comment-id={comment.id}
    >
      <button
        type="button"
        className="comment-quote"
        aria-label={t('ui.comments.reveal', { quote: comment.quote })}
        onClick={() => onReveal(comment)}
      >
        <span className="muted small">{sectionTitle}</span>
        <q>{comment.quote}</q>
      </button>
      <CommentEntry comment={comment} />
      {replies.map((entry) => (
        <CommentEntry key={entry.id} comment={entry} isReply />
      ))}
      {isResolved && comment.resolvedBy && (
        <p className="muted small">{t('ui.comments.resolvedBy', { name: comment.resolvedBy })}</p>
      )}
      {!isResolved && (
        <form
          className="comment-reply"
          onSubmit={(event) => {
            event.preventDefault()
            void sendReply()
          }}
        >
          <textarea
            rows={2}
            maxLength={maxCommentLength}
            placeholder={t('ui.comments.reply')}
            aria-label={t('ui.comments.replyLabel', { author: comment.author })}
            value={reply}
            onChange={(event) => setReply(event.target.value)}
          />
          <button type="submit" disabled={busy || reply.trim() === ''}>
            {t('ui.comments.send')}
          </button>
        </form>
      )}
      <div className="comment-actions">
        <button
          type="button"
          className="link small"
          disabled={busy}
          onClick={() =>
            void act(async () =>
              unwrap(
                await api.call('comments.resolve', {
                  commentId: comment.id,
                  resolved: !isResolved,
                }),
              ),
            )
          }
        >
          {t(isResolved ? 'ui.comments.reopen' : 'ui.comments.resolve')}
        </button>
      </div>
      <FieldError message={error} />
    </article>
  )
}

function CommentEntry({ comment, isReply = false }: { comment: Comment; isReply?: boolean }) {
  return (
    <div className={isReply ? 'comment-entry reply' : 'comment-entry'}>
      <p className="comment-meta small">
        <strong>{comment.author}</strong>{' '}
        <time className="muted" dateTime={comment.createdAt}>
          {formatTime(comment.createdAt)}
        </time>
      </p>
      <p className="comment-body">{comment.body}</p>
    </div>
  )
}
