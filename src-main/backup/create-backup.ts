import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Db } from '../db/open-database'
import { AppError } from '../shared/errors/app-error'
import { backupFileName, backupsFolderFor, partialBackupName } from './backup-location'
import { copyDatabase } from './copy-database'
import type { BackupInfo } from './list-backups'
import { rotateBackups } from './rotate-backups'
import { syncFolder } from './sync-to-disk'
import { verifyDatabaseFile } from './verify-database-file'

function freeName(folder: string, workspaceFile: string, now: Date): string {
  for (let sequence = 1; ; sequence++) {
    const name = backupFileName(workspaceFile, now, sequence)
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, partialBackupName(name)))) {
      return name
    }
  }
}

function removePartial(partial: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    rmSync(partial + suffix, { force: true })
  }
}

function rotateQuietly(workspaceFile: string, now: Date): void {
  try {
    rotateBackups(workspaceFile, now)
  } catch (error) {
    // The new backup is whole; failing to delete old ones must not make it look failed.
    console.error('[dajuan] 清理旧备份失败：', error)
  }
}

/**
 * Backs the open workspace up into `backups/` beside it: written under a temporary name, verified
 * (quick_check on the copy), then renamed, so a file with a backup's name is always a whole backup.
 * Older backups are then rotated. Fails with `backup_failed`, leaving no partial file behind.
 */
export async function createBackup(
  db: Db,
  workspaceFile: string,
  now = new Date(),
): Promise<BackupInfo> {
  if (workspaceFile === ':memory:') {
    throw new AppError('backups_unavailable')
  }
  const folder = backupsFolderFor(workspaceFile)
  let partial: string | undefined
  try {
    mkdirSync(folder, { recursive: true })
    const name = freeName(folder, workspaceFile, now)
    partial = join(folder, partialBackupName(name))
    await copyDatabase(db, partial)
    verifyDatabaseFile(partial)
    const final = join(folder, name)
    renameSync(partial, final)
    partial = undefined
    syncFolder(folder)
    rotateQuietly(workspaceFile, now)
    const createdAt = new Date(now.getTime() - now.getMilliseconds()).toISOString()
    return { file: name, createdAt, bytes: statSync(final).size }
  } catch (error) {
    if (partial) {
      removePartial(partial)
    }
    if (error instanceof AppError) {
      throw new AppError('backup_failed', { reason: error.message })
    }
    throw new AppError('backup_failed', { reason: (error as Error).message })
  }
}
