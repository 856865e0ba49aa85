import { statSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../shared/errors/app-error'
import { backupsFolderFor } from './backup-location'
import { listBackups } from './list-backups'

/** The path of one of the workspace's backups, by its file name as `listBackups` gives it. */
export function findBackupFile(workspaceFile: string, name: string): string {
  if (!listBackups(workspaceFile).some((backup) => backup.file === name)) {
    throw new AppError('backup_not_found', { name })
  }
  return join(backupsFolderFor(workspaceFile), name)
}

/** For the CLI: a path to any backup file, or the name of one in the workspace's backups folder. */
export function findBackupFileOrPath(workspaceFile: string, nameOrPath: string): string {
  if (statSync(nameOrPath, { throwIfNoEntry: false })?.isFile()) {
    return nameOrPath
  }
  return findBackupFile(workspaceFile, nameOrPath)
}
