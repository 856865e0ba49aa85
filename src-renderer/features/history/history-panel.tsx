import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SectionRevision } from '../../../src-main/sections/section'
import { api, unwrap } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { describeError } from '../../i18n/i18n'

interface HistoryPanelProps {
  sectionId: number
  currentVersion: number
  /** Saves pending edits first, so they are kept in the history too. */
  beforeRestore: () => Promise<void>
  onRestored: () => void
}

/** The section's saved revisions; restoring one makes a new revision. */
export function HistoryPanel({
  sectionId,
  currentVersion,
  beforeRestore,
  onRestored,
}: HistoryPanelProps) {
  const { t, i18n } = useTranslation()
  const notify = useNotify()
  const [revisions, setRevisions] = useState<SectionRevision[]>([])
  const [confirming, setConfirming] = useState<SectionRevision>()

  useEffect(() => {
    let cancelled = false
    void api.call('sections.revisions', { sectionId }).then((result) => {
      if (!cancelled && result.ok) {
        setRevisions(result.value)
      }
    })
    return () => {
      cancelled = true
    }
  }, [sectionId, currentVersion])

  const restore = async (revision: SectionRevision) => {
    setConfirming(undefined)
    try {
      await beforeRestore()
      unwrap(await api.call('sections.restoreRevision', { sectionId, revisionId: revision.id }))
      notify({ kind: 'info', text: t('ui.history.restored', { version: revision.version }) })
      onRestored()
    } catch (failure) {
      notify({ kind: 'error', text: describeError(failure) })
    }
  }

  return (
    <section className="history-panel" data-testid="history-panel">
      <h2 className="panel-title">{t('ui.history.title')}</h2>
      {revisions.length === 0 && <p className="empty">{t('ui.history.empty')}</p>}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <li key={revision.id} className="revision" data-testid="revision">
            <div>
              <strong>{t('ui.history.version', { version: revision.version })}</strong>{' '}
              <span className="muted">{t(`ui.history.reasons.${revision.reason}`)}</span>
              <div className="muted small">
                {new Date(revision.createdAt).toLocaleString(i18n.language)}
              </div>
              <div className="revision-title small">{revision.title}</div>
            </div>
            {revision.version === currentVersion ? (
              <span className="muted small">{t('ui.history.current')}</span>
            ) : (
              <button type="button" onClick={() => setConfirming(revision)}>
                {t('ui.history.restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {confirming && (
        <ConfirmDialog
          message={t('ui.history.confirmRestore', { version: confirming.version })}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => void restore(confirming)}
        />
      )}
    </section>
  )
}
