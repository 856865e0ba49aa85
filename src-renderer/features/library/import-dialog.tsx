import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { decodeTextFile } from '../../../src-main/shared/text/decode-text-file'
import { isReportYear, reportYearRange } from '../../../src-main/shared/reports/report-year-range'
import { describeError } from '../../i18n/i18n'
import { bytesToBase64 } from '../../api/bytes-to-base64'
import { importFileKind } from './import-file-kind'

interface ImportDialogProps {
  onImported: (reportId: number) => void
  onClose: () => void
  /** A file the user dropped onto the window. */
  initialFile?: File
}

const maxFileBytes = 50 * 1024 * 1024

/** Paste or open last year's report as text; structure is detected in main. */
export function ImportDialog({ onImported, onClose, initialFile }: ImportDialogProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [file, setFile] = useState<{ name: string; size: number; dataBase64: string }>()
  const [fetchRemoteImages, setFetchRemoteImages] = useState(false)
  const [year, setYear] = useState(String(new Date().getFullYear() - 1))
  const [title, setTitle] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const readFile = async (file: File) => {
    setError('')
    const kind = importFileKind(file.name)
    if (!kind) {
      setError(t('ui.importDialog.unsupported', { name: file.name }))
      return
    }
    if (file.size > maxFileBytes) {
      setError(
        describeError({
          code: 'file_too_large',
          params: { size: `${(file.size / 1048576).toFixed(1)} MB`, limit: '50 MB' },
        }),
      )
      return
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      if (kind !== 'text') {
        setFile({ name: file.name, size: file.size, dataBase64: bytesToBase64(bytes) })
        return
      }
      setFile(undefined)
      const decoded = decodeTextFile(bytes)
      if (decoded.ok) {
        setText(decoded.text)
      } else {
        setError(t('ui.importDialog.notText', { name: file.name }))
      }
    } catch {
      setError(t('ui.importDialog.readFailed', { name: file.name }))
    }
  }

  useEffect(() => {
    if (initialFile) {
      void readFile(initialFile)
    }
    // Read the dropped file once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFile])

  const submit = async () => {
    if (!file && !text.trim()) {
      setError(t('ui.importDialog.empty'))
      return
    }
    const yearNumber = Number(year)
    if (!isReportYear(yearNumber)) {
      setError(t('ui.newReport.yearInvalid', reportYearRange))
      return
    }
    setBusy(true)
    try {
      const common = { year: yearNumber, title: title.trim() || undefined }
      const { reportId } = unwrap(
        file
          ? await api.call('import.file', {
              fileName: file.name,
              dataBase64: file.dataBase64,
              fetchRemoteImages:
                importFileKind(file.name) === 'html' && fetchRemoteImages ? true : undefined,
              ...common,
            })
          : await api.call('import.text', { text, ...common }),
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
      {file ? (
        <p className="chosen-file" data-testid="chosen-file">
          {t('ui.importDialog.chosenFile', {
            name: file.name,
            size: `${(file.size / 1024).toFixed(0)} KB`,
          })}{' '}
          <button type="button" className="link" onClick={() => setFile(undefined)}>
            {t('ui.importDialog.clearFile')}
          </button>
          {importFileKind(file.name) === 'html' && (
            <label className="check-field">
              <input
                type="checkbox"
                checked={fetchRemoteImages}
                onChange={(event) => setFetchRemoteImages(event.target.checked)}
              />{' '}
              {t('ui.importDialog.fetchRemoteImages')}
            </label>
          )}
        </p>
      ) : (
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
      )}
      <label className="field">
        <span>{t('ui.importDialog.chooseFile')}</span>
        <input
          type="file"
          name="file"
          accept=".docx,.html,.htm,.txt"
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
          <input
            name="year"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </label>
        <label className="field grow">
          <span>{t('ui.importDialog.reportTitle')}</span>
          <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
      {busy && <p className="muted small">{t('ui.importDialog.importing')}</p>}
      <FieldError message={error} />
    </ModalDialog>
  )
}
