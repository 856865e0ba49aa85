import type { ChannelOutput } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'
import type { Workspace } from './workspace'
import { backupsFolderFor } from '../backup/backup-location'
import { createBackup } from '../backup/create-backup'
import type { BackupInfo } from '../backup/list-backups'
import { listBackups } from '../backup/list-backups'
import type { RestoreResult } from '../backup/restore-result'

export type WorkspaceStatus = ChannelOutput<'workspace.status'>

/** What the handler table may do to the workspace as a whole: its status, backups and restore. */
export interface WorkspaceControl {
  status: () => WorkspaceStatus
  listBackups: () => BackupInfo[]
  createBackup: () => Promise<BackupInfo>
  restoreBackup: (file: string) => Promise<RestoreResult>
}

/**
 * The control for a workspace opened on its own (CLI, tests): backups can be listed and taken,
 * but the open workspace cannot be replaced under its caller; the CLI's `restore` does that closed.
 */
export function fixedWorkspaceControl(workspace: Workspace): WorkspaceControl {
  const inMemory = workspace.file === ':memory:'
  return {
    status: () => ({
      workspace: workspace.file,
      backupsFolder: inMemory ? null : backupsFolderFor(workspace.file),
      readOnly: false,
      recovered: null,
    }),
    listBackups: () => (inMemory ? [] : listBackups(workspace.file)),
    createBackup: () => createBackup(workspace.db, workspace.file),
    restoreBackup: () => Promise.reject(new AppError('restore_unavailable')),
  }
}
