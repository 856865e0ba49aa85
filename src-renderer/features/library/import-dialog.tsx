import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { decodeTextFile } from '../../../src-main/import/decode-text-file'
import { describeError } from '../../i18n/i18n'

interface ImportDialogProps {
  onImported: (reportId: number) => void
  onClose: () => void
}

const maxFileBytes = 50 * 1024 * 1024

/** Paste or open last year's report as text; structure is detected in main. */
export function ImportDialog({ onImported, onClose }: ImportDialogProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [year, setYear] = useState(String(new Date().getFullYear() - 1))
  const [title, setTitle] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const readFile = async (file: File) => {
    setError('')
    if (!/\.txt$/i.test(file.name)) {
      setError(t('ui.importDialog.unsupported', { name: file.name }))
      return
    }
    if (file.size > maxFileBytes) {
      setError(describeError({ code: 'file_too_large', params: { size: `${(file.size / 1048576).toFixed(1)} MB`, limit: '50 MB' } }))
      return
    }
    try {
      const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()))
      if (decoded.ok) {
        setText(decoded.text)
      } else {
        setError(t('ui.importDialog.notText', { name: file.name }))
      }
    } catch {
      setError(t('ui.importDialog.readFailed', { name: file.name }))
    }
  }

  const submit = async () => {
    if (!text.trim()) {
      setError(t('ui.importDialog.empty'))
      return
    }
    const yearNumber = Number(year)
    if (!Number.isInteger(yearNumber) || yearNumber < 1949 || yearNumber > 2200) {
      setError(t('ui.newReport.yearInvalid'))
      return
    }
    setBusy(true)
    try {
      const { reportId } = unwrap(
        await api.call('import.text', { text, year: yearNumber, title: title.trim() || undefined }),
      )
      onImported(reportId)
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <ModalDialog
      title={t('ui.importDialog.title')}
      onClose={onClose}
      testId="import-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
            {t('ui.importDialog.submit')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('ui.importDialog.paste')}</span>
        <textarea
          name="text"
          rows={12}
          value={text}
          placeholder={t('ui.importDialog.pastePlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('ui.importDialog.chooseFile')}</span>
        <input
          type="file"
          name="file"
          accept=".txt,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) {
              void readFile(file)
            }
          }}
        />
        <small>{t('ui.importDialog.fileHint')}</small>
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('ui.importDialog.year')}</span>
          <input name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </label>
        <label className="field grow">
          <span>{t('ui.importDialog.reportTitle')}</span>
          <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
      <FieldError message={error} />
    </ModalDialog>
  )
}
