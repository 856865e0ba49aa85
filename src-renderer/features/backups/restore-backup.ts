import type { ChannelOutput, Failure } from '../../../src-main/contract/channels'
import { api } from '../../api/api-client'
import { activeAutosave } from '../editor/active-autosave'

const restoredKey = 'dajuan.restored'

export type RestoredNotice = ChannelOutput<'backups.restore'> & { createdAt: string }

/**
 * Restores a backup and reloads the window on the library, since every open screen shows the replaced workspace.
 * Pending edits are saved first (into the workspace being replaced, which is kept aside).
 */
export async function restoreBackup(backup: {
  file: string
  createdAt: string
}): Promise<Failure | undefined> {
  await activeAutosave.flush()
  const result = await api.call('backups.restore', { file: backup.file })
  if (!result.ok) {
    return result
  }
  const notice: RestoredNotice = { ...result.value, createdAt: backup.createdAt }
  sessionStorage.setItem(restoredKey, JSON.stringify(notice))
  // Back to the library: the report on screen may not exist in the restored workspace.
  history.replaceState(null, '', window.location.pathname)
  window.location.reload()
  return undefined
}

/** The restore that led to this page load, if any; `forgetRestoredNotice` once it has been told. */
export function readRestoredNotice(): RestoredNotice | undefined {
  const stored = sessionStorage.getItem(restoredKey)
  return stored ? (JSON.parse(stored) as RestoredNotice) : undefined
}

export function forgetRestoredNotice(): void {
  sessionStorage.removeItem(restoredKey)
}
