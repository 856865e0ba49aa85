import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelInput, ChannelOutput } from '../../../src-main/contract/channels'
import { api, unwrap } from '../../api/api-client'
import { describeError } from '../../i18n/i18n'

type Decision = ChannelInput<'rollForward.decide'>['decision']

interface SuggestionsPanelProps {
  reportId: number
  /** Saves pending edits before the text is changed in storage. */
  beforeDecide: () => Promise<void>
  /** Reloads the sections after accepted suggestions changed them. */
  onDecided: () => Promise<void>
  onJump: (sectionId: number, anchorStart: number, anchorEnd: number) => void
}

/** The year and plan references a roll forward left in the text, to accept or reject. */
export function SuggestionsPanel({
  reportId,
  beforeDecide,
  onDecided,
  onJump,
}: SuggestionsPanelProps) {
  const { t } = useTranslation()
  const [suggestions, setSuggestions] = useState<ChannelOutput<'rollForward.suggestions'>>([])
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try {
      setSuggestions(unwrap(await api.call('rollForward.suggestions', { reportId })))
    } catch (failure) {
      setError(describeError(failure))
    }
  }, [reportId])

  useEffect(() => {
    void load()
  }, [load])

  const pending = suggestions.filter((item) => item.status === 'pending')
  const decided = suggestions.length - pending.length

  const decide = async (ids: number[], decision: Decision) => {
    if (ids.length === 0) {
      return
    }
    setBusy(true)
    try {
      await beforeDecide()
      const outcome = unwrap(
        await api.call('rollForward.decide', { reportId, suggestionIds: ids, decision }),
      )
      setError(
        outcome.missing.length > 0
          ? t('ui.suggestions.missing', { count: outcome.missing.length })
          : '',
      )
      await load()
      await onDecided()
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      className="suggestions-panel"
      data-testid="suggestions-panel"
      aria-label={t('ui.suggestions.title')}
    >
      <h2 className="panel-title">{t('ui.suggestions.title')}</h2>
      <p className="muted small">{t('ui.suggestions.intro')}</p>
      <div className="panel-toolbar">
        <span className="muted small" data-testid="suggestions-pending">
          {t('ui.suggestions.pending', { count: pending.length })} ·{' '}
          {t('ui.suggestions.decided', { count: decided })}
        </span>
      </div>
      {pending.length > 0 && (
        <div className="panel-toolbar">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() =>
              void decide(
                pending.map((item) => item.id),
                'accept',
              )
            }
          >
            {t('ui.suggestions.acceptAll', { count: pending.length })}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void decide(
                pending.map((item) => item.id),
                'reject',
              )
            }
          >
            {t('ui.suggestions.rejectAll')}
          </button>
        </div>
      )}
      {error && (
        <p className="save-error" role="alert">
          {error}
        </p>
      )}
      {suggestions.length === 0 && <p className="empty">{t('ui.suggestions.empty')}</p>}
      <ol className="suggestion-list">
        {suggestions.map((item) => (
          <li
            key={item.id}
            className={`suggestion suggestion-${item.status}`}
            data-testid="suggestion"
            data-status={item.status}
          >
            <button
              type="button"
              className="suggestion-text link"
              title={item.sectionTitle}
              onClick={() => onJump(item.sectionId, item.anchorStart, item.anchorEnd)}
            >
              <span className="muted">…{item.context.before}</span>
              {item.proposedText === item.oldText ? (
                <mark>{item.oldText}</mark>
              ) : (
                <>
                  <del>{item.oldText}</del>
                  <ins>{item.proposedText}</ins>
                </>
              )}
              <span className="muted">{item.context.after}…</span>
            </button>
            <div className="suggestion-meta small muted">
              {item.sectionTitle}
              {item.kind === 'relative' && ` · ${t('ui.suggestions.relativeHint')}`}
              {item.kind === 'streak' && ` · ${t('ui.suggestions.streakHint')}`}
            </div>
            {item.status === 'pending' ? (
              <div className="suggestion-actions">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void decide([item.id], 'accept')}
                >
                  {item.proposedText === item.oldText
                    ? t('ui.suggestions.confirmOnly')
                    : t('ui.suggestions.accept')}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void decide([item.id], 'reject')}
                >
                  {t('ui.suggestions.reject')}
                </button>
              </div>
            ) : (
              <div className="suggestion-status small">
                {t(`ui.suggestions.statuses.${item.status}`)}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
