import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { api } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { describeError } from '../../i18n/i18n'
import { formatBackupTime } from './format-backup-time'
import { formatBytes } from './format-bytes'
import { forgetRestoredNotice, readRestoredNotice, restoreBackup } from './restore-backup'

type WorkspaceStatus = ChannelOutput<'workspace.status'>
type Backup = ChannelOutput<'backups.list'>[number]

interface WorkspaceBannerProps {
  onShowBackups: () => void
}

/**
 * What the app found when it opened the workspace, in words: a damaged file moved aside (with the
 * latest backup one click away) or a read-only file; and, after a restore, what was restored.
 */
export function WorkspaceBanner({ onShowBackups }: WorkspaceBannerProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const [status, setStatus] = useState<WorkspaceStatus>()
  const [latest, setLatest] = useState<Backup | null>()
  const [restoring, setRestoring] = useState(false)
  const [error, setError] = useState<string>()

  useEffect(() => {
    const restored = readRestoredNotice()
    if (restored) {
      forgetRestoredNotice()
      const movedTo = restored.movedTo ?? '—'
      notify({
        kind: 'info',
        text: t('ui.backups.restored', { time: formatBackupTime(restored.createdAt), movedTo }),
      })
    }
    void api.call('workspace.status', {}).then(async (result) => {
      if (!result.ok) {
        return
      }
      setStatus(result.value)
      if (result.value.recovered) {
        const backups = await api.call('backups.list', {})
        setLatest(backups.ok ? (backups.value[0] ?? null) : null)
      }
    })
  }, [notify, t])

  const restoreLatest = async (backup: Backup) => {
    setRestoring(true)
    const failure = await restoreBackup(backup)
    if (failure) {
      setRestoring(false)
      setError(describeError(failure))
    }
  }

  const recovered = status?.recovered
  return (
    <>
      {recovered && (
        <div className="workspace-banner" role="alert" data-testid="recovery-banner">
          <strong>{t('ui.backups.recoveredTitle')}</strong>
          <p>
            {t('ui.backups.recovered', { problem: recovered.problem, movedTo: recovered.movedTo })}
          </p>
          {latest === null && <p>{t('ui.backups.recoveredNoBackup')}</p>}
          {latest && (
            <p>
              {t('ui.backups.recoveredLatest', {
                time: formatBackupTime(latest.createdAt),
                size: formatBytes(latest.bytes),
              })}
            </p>
          )}
          {error && <p className="backup-message-error">{error}</p>}
          <div className="workspace-banner-actions">
            {latest && (
              <button
                type="button"
                className="primary"
                disabled={restoring}
                onClick={() => void restoreLatest(latest)}
              >
                {restoring ? t('ui.backups.restoring') : t('ui.backups.restoreLatest')}
              </button>
            )}
            <button type="button" onClick={onShowBackups}>
              {t('ui.backups.showAll')}
            </button>
          </div>
        </div>
      )}
      {status?.readOnly && (
        <div className="workspace-banner" role="alert" data-testid="read-only-banner">
          <p>{t('ui.backups.readOnly', { file: status.workspace })}</p>
        </div>
      )}
    </>
  )
}
