import { useEffect, useState } from 'react'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { isReportYear, reportYearRange } from '../../../src-main/shared/reports/report-year-range'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'

interface NewReportDialogProps {
  onCreated: (reportId: number) => void
  onClose: () => void
}

/** Year, title, organization and the template (two-sessions skeleton, empty, or saved) of a new report. */
export function NewReportDialog({ onCreated, onClose }: NewReportDialogProps) {
  const { t } = useTranslation()
  const [year, setYear] = useState(String(new Date().getFullYear()))
  const [title, setTitle] = useState('')
  const [organization, setOrganization] = useState('')
  const [error, setError] = useState('')
  const [templates, setTemplates] = useState<ChannelOutput<'templates.list'>>([])
  const [templateId, setTemplateId] = useState('lianghui')

  useEffect(() => {
    void api.call('templates.list', {}).then((result) => {
      if (result.ok) {
        setTemplates(result.value)
      }
    })
  }, [])

  const submit = async () => {
    const yearNumber = Number(year)
    if (!isReportYear(yearNumber)) {
      setError(t('ui.newReport.yearInvalid', reportYearRange))
      return
    }
    if (!title.trim()) {
      setError(t('ui.newReport.titleRequired'))
      return
    }
    try {
      const report = unwrap(
        await api.call('reports.create', { year: yearNumber, title, organization, templateId }),
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
      <fieldset className="field template-choice" data-testid="template-choice">
        <legend>{t('ui.newReport.template')}</legend>
        {templates.map((template) => (
          <label key={template.id} className="radio-line">
            <input
              type="radio"
              name="template"
              value={template.id}
              checked={templateId === template.id}
              onChange={() => setTemplateId(template.id)}
            />
            <span>
              {template.builtIn ? t(`ui.newReport.templates.${template.builtIn}`) : template.name}
            </span>
            <span className="muted small">
              {t('ui.newReport.templateShape', {
                headings: template.headings,
                subsections: template.subsections,
              })}
            </span>
          </label>
        ))}
      </fieldset>
      <FieldError message={error} />
    </ModalDialog>
  )
}
