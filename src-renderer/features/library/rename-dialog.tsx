import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '../../../src-main/shared/reports/report'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'

interface RenameDialogProps {
  report: Report
  onRenamed: () => void
  onClose: () => void
}

export function RenameDialog({ report, onRenamed, onClose }: RenameDialogProps) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(report.title)
  const [error, setError] = useState('')
  const submit = async () => {
    if (!title.trim()) {
      setError(t('ui.newReport.titleRequired'))
      return
    }
    try {
      unwrap(await api.call('reports.rename', { id: report.id, title }))
      onRenamed()
    } catch (failure) {
      setError(describeError(failure))
    }
  }
  return (
    <ModalDialog
      title={t('ui.rename.title')}
      onClose={onClose}
      testId="rename-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void submit()}>
            {t('ui.rename.save')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('ui.newReport.reportTitle')}</span>
        <input
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              void submit()
            }
          }}
        />
      </label>
      <FieldError message={error} />
    </ModalDialog>
  )
}
