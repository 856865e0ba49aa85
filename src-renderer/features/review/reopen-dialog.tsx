import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewStatus } from '../../../src-main/shared/team/review-schema'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'

interface ReopenDialogProps {
  reportId: number
  onReopened: (status: ReviewStatus) => void
  onClose: () => void
}

/** Asks why a signed report is reopened, then reopens it (终审 voided, the reason recorded). */
export function ReopenDialog({ reportId, onReopened, onClose }: ReopenDialogProps) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const reopen = async () => {
    if (!reason.trim()) {
      setError(t('ui.signOff.reasonRequired'))
      return
    }
    setBusy(true)
    try {
      onReopened(unwrap(await api.call('review.reopen', { reportId, reason })))
    } catch (failure) {
      setError(describeError(failure))
      setBusy(false)
    }
  }

  return (
    <ModalDialog
      title={t('ui.signOff.reopenTitle')}
      testId="reopen-dialog"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void reopen()}>
            {t('ui.signOff.confirmReopen')}
          </button>
        </>
      }
    >
      <p className="muted small">{t('ui.signOff.reopenIntro')}</p>
      <label className="field">
        <span>{t('ui.signOff.reason')}</span>
        <textarea
          name="reopen-reason"
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value)
            setError('')
          }}
        />
      </label>
      <FieldError message={error} />
    </ModalDialog>
  )
}
