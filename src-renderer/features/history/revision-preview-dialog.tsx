import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { api, unwrap } from '../../api/api-client'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { BlacklineText } from '../compare/blackline-text'

interface RevisionPreviewDialogProps {
  sectionId: number
  revisionId: number
  /** Asks to restore the previewed revision (the panel confirms first). */
  onRestore: (preview: ChannelOutput<'sections.compareRevision'>) => void
  onClose: () => void
}

/** An older revision's text, and what restoring it would change in the current text. */
export function RevisionPreviewDialog({
  sectionId,
  revisionId,
  onRestore,
  onClose,
}: RevisionPreviewDialogProps) {
  const { t, i18n } = useTranslation()
  const [preview, setPreview] = useState<ChannelOutput<'sections.compareRevision'>>()
  const [error, setError] = useState('')

  useEffect(() => {
    let live = true
    void api.call('sections.compareRevision', { sectionId, revisionId }).then((result) => {
      if (!live) {
        return
      }
      try {
        setPreview(unwrap(result))
      } catch (failure) {
        setError(describeError(failure))
      }
    })
    return () => {
      live = false
    }
  }, [sectionId, revisionId])

  const unchanged = preview?.parts.every((part) => part.kind === 'same') ?? false
  return (
    <ModalDialog
      title={
        preview
          ? t('ui.history.previewTitle', { version: preview.version })
          : t('ui.history.preview')
      }
      onClose={onClose}
      testId="revision-preview"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.close')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!preview || unchanged}
            onClick={() => preview && onRestore(preview)}
          >
            {t('ui.history.restore')}
          </button>
        </>
      }
    >
      {error && <p role="alert">{error}</p>}
      {!preview && !error && <p className="muted">{t('ui.history.previewLoading')}</p>}
      {preview && (
        <div className="revision-preview">
          <p className="muted small">{new Date(preview.createdAt).toLocaleString(i18n.language)}</p>
          <h3>{t('ui.history.previewText')}</h3>
          <div className="blackline" data-testid="revision-text">
            {preview.text}
          </div>
          <h3>{t('ui.history.previewDifference', { version: preview.currentVersion })}</h3>
          {unchanged ? (
            <p className="muted">{t('ui.history.previewSame')}</p>
          ) : (
            <>
              <p className="muted small">{t('ui.history.previewLegend')}</p>
              <BlacklineText parts={preview.parts} testId="revision-difference" />
            </>
          )}
        </div>
      )}
    </ModalDialog>
  )
}
