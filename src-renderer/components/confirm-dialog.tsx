import { useTranslation } from 'react-i18next'
import { ModalDialog } from './modal-dialog'

interface ConfirmDialogProps {
  message: string
  confirmLabel?: string
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before a destructive or replacing action. */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog
      title={t('ui.common.confirm')}
      onClose={onCancel}
      testId="confirm-dialog"
      actions={
        <>
          <button type="button" onClick={onCancel}>
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="primary" onClick={onConfirm}>
            {confirmLabel ?? t('ui.common.confirm')}
          </button>
        </>
      }
    >
      <p>{message}</p>
    </ModalDialog>
  )
}
