import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SectionRevision } from '../../../src-main/shared/sections/section'
import { api, unwrap } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { describeError } from '../../i18n/i18n'
import { RevisionPreviewDialog } from './revision-preview-dialog'

interface HistoryPanelProps {
  sectionId: number
  currentVersion: number
  /** Saves pending edits first, so they are kept in the history and a preview compares with them. */
  beforeRestore: () => Promise<void>
  onRestored: () => void
}

/**
 * The section's saved revisions; 预览 shows one's text and what restoring it would change, and
 * restoring (after a confirmation) makes a new revision, the current text staying in the history.
 */
export function HistoryPanel({
  sectionId,
  currentVersion,
  beforeRestore,
  onRestored,
}: HistoryPanelProps) {
  const { t, i18n } = useTranslation()
  const notify = useNotify()
  const [revisions, setRevisions] = useState<SectionRevision[]>([])
  const [confirming, setConfirming] = useState<Pick<SectionRevision, 'id' | 'version'>>()
  const [previewing, setPreviewing] = useState<number>()

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

  const preview = async (revisionId: number) => {
    await beforeRestore()
    setPreviewing(revisionId)
  }

  const restore = async (revision: Pick<SectionRevision, 'id' | 'version'>) => {
    setConfirming(undefined)
    setPreviewing(undefined)
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
              <span className="revision-actions">
                <button
                  type="button"
                  aria-label={t('ui.history.previewHint', { version: revision.version })}
                  onClick={() => void preview(revision.id)}
                >
                  {t('ui.history.preview')}
                </button>
                <button type="button" onClick={() => setConfirming(revision)}>
                  {t('ui.history.restore')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {previewing !== undefined && !confirming && (
        <RevisionPreviewDialog
          sectionId={sectionId}
          revisionId={previewing}
          onRestore={(shown) => setConfirming({ id: shown.revisionId, version: shown.version })}
          onClose={() => setPreviewing(undefined)}
        />
      )}
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
