import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'

interface SaveTemplateDialogProps {
  reportId: number
  onSaved: (name: string) => void
  onClose: () => void
}

/** Saves the open report's outline (栏目 and 小节, not its text) as a template for new reports. */
export function SaveTemplateDialog({ reportId, onSaved, onClose }: SaveTemplateDialogProps) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [error, setError] = useState('')
  const save = async () => {
    try {
      const saved = unwrap(await api.call('templates.save', { reportId, name }))
      onSaved(saved.name)
    } catch (failure) {
      setError(describeError(failure))
    }
  }
  return (
    <ModalDialog
      title={t('ui.saveTemplate.title')}
      onClose={onClose}
      testId="save-template"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!name.trim()}
            onClick={() => void save()}
          >
            {t('ui.saveTemplate.save')}
          </button>
        </>
      }
    >
      <p className="muted small">{t('ui.saveTemplate.intro')}</p>
      <label className="field">
        <span>{t('ui.saveTemplate.name')}</span>
        <input
          name="template-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && name.trim()) {
              void save()
            }
          }}
        />
      </label>
      <FieldError message={error} />
    </ModalDialog>
  )
}
