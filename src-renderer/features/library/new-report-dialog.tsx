import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'

interface NewReportDialogProps {
  onCreated: (reportId: number) => void
  onClose: () => void
}

/** Year, title and organization for a new empty report. */
export function NewReportDialog({ onCreated, onClose }: NewReportDialogProps) {
  const { t } = useTranslation()
  const [year, setYear] = useState(String(new Date().getFullYear()))
  const [title, setTitle] = useState('')
  const [organization, setOrganization] = useState('')
  const [error, setError] = useState('')

  const submit = async () => {
    const yearNumber = Number(year)
    if (!Number.isInteger(yearNumber) || yearNumber < 1949 || yearNumber > 2200) {
      setError(t('ui.newReport.yearInvalid'))
      return
    }
    if (!title.trim()) {
      setError(t('ui.newReport.titleRequired'))
      return
    }
    try {
      const report = unwrap(
        await api.call('reports.create', { year: yearNumber, title, organization }),
      )
      onCreated(report.id)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <ModalDialog
      title={t('ui.newReport.title')}
      onClose={onClose}
      testId="new-report-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.newReport.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void submit()}>
            {t('ui.newReport.create')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('ui.newReport.year')}</span>
        <input
          name="year"
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('ui.newReport.reportTitle')}</span>
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('ui.newReport.organization')}</span>
        <input
          name="organization"
          value={organization}
          onChange={(e) => setOrganization(e.target.value)}
        />
      </label>
      <FieldError message={error} />
    </ModalDialog>
  )
}
