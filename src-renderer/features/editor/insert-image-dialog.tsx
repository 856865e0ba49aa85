import type { Editor } from '@tiptap/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { bytesToBase64 } from '../../api/bytes-to-base64'

interface InsertImageDialogProps {
  editor: Editor
  reportId: number
  onClose: () => void
}

/** Picks a photo, stores it in the workspace and inserts it with its caption and credit. */
export function InsertImageDialog({ editor, reportId, onClose }: InsertImageDialogProps) {
  const { t } = useTranslation()
  const [file, setFile] = useState<File>()
  const [caption, setCaption] = useState('')
  const [credit, setCredit] = useState('')
  const [error, setError] = useState('')

  const submit = async () => {
    if (!file) {
      setError(t('ui.image.chooseFirst'))
      return
    }
    try {
      const dataBase64 = bytesToBase64(await file.arrayBuffer())
      const { assetId } = unwrap(
        await api.call('assets.addImage', { reportId, dataBase64, caption, credit }),
      )
      editor
        .chain()
        .focus()
        .insertContent({ type: 'reportImage', attrs: { assetId, caption, credit } })
        .run()
      onClose()
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <ModalDialog
      title={t('ui.image.insert')}
      onClose={onClose}
      testId="insert-image-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void submit()}>
            {t('ui.image.insert')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('ui.image.file')}</span>
        <input
          type="file"
          name="image"
          accept="image/png,image/jpeg,image/gif,image/webp"
          onChange={(event) => setFile(event.target.files?.[0])}
        />
      </label>
      <label className="field">
        <span>{t('ui.image.caption')}</span>
        <input
          name="caption"
          value={caption}
          onChange={(event) => setCaption(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('ui.image.credit')}</span>
        <input name="credit" value={credit} onChange={(event) => setCredit(event.target.value)} />
      </label>
      <FieldError message={error} />
    </ModalDialog>
  )
}
