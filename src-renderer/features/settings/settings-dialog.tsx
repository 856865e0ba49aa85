import { useTranslation } from 'react-i18next'
import type { Language } from '../../i18n/i18n'
import { ModalDialog } from '../../components/modal-dialog'

interface SettingsDialogProps {
  language: Language
  reviewer: string
  onLanguage: (language: Language) => void
  onReviewer: (reviewer: string) => void
  onClose: () => void
}

/** Interface language (Chinese first, English available). */
export function SettingsDialog({
  language,
  reviewer,
  onLanguage,
  onReviewer,
  onClose,
}: SettingsDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog
      title={t('ui.settings.title')}
      onClose={onClose}
      testId="settings-dialog"
      actions={
        <button type="button" className="primary" onClick={onClose}>
          {t('ui.settings.close')}
        </button>
      }
    >
      <label className="field">
        <span>{t('ui.settings.language')}</span>
        <select
          name="language"
          value={language}
          onChange={(event) => onLanguage(event.target.value as Language)}
        >
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="field">
        <span>{t('ui.settings.reviewer')}</span>
        <input
          name="reviewer"
          defaultValue={reviewer}
          onBlur={(event) => onReviewer(event.target.value)}
        />
        <small className="muted">{t('ui.settings.reviewerHint')}</small>
      </label>
    </ModalDialog>
  )
}
