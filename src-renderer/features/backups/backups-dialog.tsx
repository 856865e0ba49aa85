import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { api } from '../../api/api-client'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { formatBackupTime } from './format-backup-time'
import { formatBytes } from './format-bytes'
import { restoreBackup } from './restore-backup'

type Backup = ChannelOutput<'backups.list'>[number]

interface BackupsDialogProps {
  onClose: () => void
}

/** The workspace's backups, newest first: take one now, or restore one in place of the workspace. */
export function BackupsDialog({ onClose }: BackupsDialogProps) {
  const { t } = useTranslation()
  const [backups, setBackups] = useState<Backup[]>()
  const [folder, setFolder] = useState<string | null>(null)
  const [busy, setBusy] = useState<'creating' | 'restoring'>()
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>()
  const [confirming, setConfirming] = useState<Backup>()

  const load = useCallback(async () => {
    const [list, status] = await Promise.all([
      api.call('backups.list', {}),
      api.call('workspace.status', {}),
    ])
    if (list.ok) {
      setBackups(list.value)
    } else {
      setMessage({ kind: 'error', text: describeError(list) })
    }
    if (status.ok) {
      setFolder(status.value.backupsFolder)
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const createNow = async () => {
    setBusy('creating')
    const result = await api.call('backups.create', {})
    setBusy(undefined)
    setMessage(
      result.ok
        ? { kind: 'info', text: t('ui.backups.created', { file: result.value.file }) }
        : { kind: 'error', text: describeError(result) },
    )
    await load()
  }

  const restore = async (backup: Backup) => {
    setConfirming(undefined)
    setBusy('restoring')
    const failure = await restoreBackup(backup)
    if (failure) {
      setBusy(undefined)
      setMessage({ kind: 'error', text: describeError(failure) })
    }
  }

  return (
    <>
      <ModalDialog
        title={t('ui.backups.title')}
        onClose={onClose}
        testId="backups-dialog"
        actions={
          <>
            <button
              type="button"
              data-testid="create-backup"
              disabled={busy !== undefined}
              onClick={() => void createNow()}
            >
              {busy === 'creating' ? t('ui.backups.creating') : t('ui.backups.createNow')}
            </button>
            <button type="button" className="primary" onClick={onClose}>
              {t('ui.backups.close')}
            </button>
          </>
        }
      >
        <p className="muted small">{t('ui.backups.explain')}</p>
        {folder && (
          <p className="muted small backup-folder">{t('ui.backups.folder', { folder })}</p>
        )}
        {message && (
          <p
            className={`backup-message backup-message-${message.kind}`}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        {busy === 'restoring' && <p role="status">{t('ui.backups.restoring')}</p>}
        {backups?.length === 0 && <p className="empty">{t('ui.backups.empty')}</p>}
        <ul className="backup-list" data-testid="backup-list" aria-busy={backups === undefined}>
          {backups?.map((backup) => (
            <li key={backup.file} className="backup-row" data-testid="backup">
              <span className="backup-time">{formatBackupTime(backup.createdAt)}</span>
              <span className="muted small">{formatBytes(backup.bytes)}</span>
              <button
                type="button"
                disabled={busy !== undefined}
                onClick={() => setConfirming(backup)}
              >
                {t('ui.backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      </ModalDialog>
      {confirming && (
        <ConfirmDialog
          message={t('ui.backups.confirmRestore', { time: formatBackupTime(confirming.createdAt) })}
          confirmLabel={t('ui.backups.restore')}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </>
  )
}
