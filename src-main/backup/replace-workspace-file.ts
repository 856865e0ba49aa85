import { existsSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { copyDatabase } from './copy-database'
import { databaseFileSuffixes, moveDatabaseAside } from './move-database-aside'
import { syncFolder } from './sync-to-disk'
import { verifyDatabaseFile } from './verify-database-file'

function removeWithSideFiles(file: string): void {
  for (const suffix of databaseFileSuffixes) {
    rmSync(file + suffix, { force: true })
  }
}

function putBack(movedTo: string | undefined, workspaceFile: string): void {
  for (const suffix of databaseFileSuffixes) {
    if (movedTo && existsSync(movedTo + suffix)) {
      renameSync(movedTo + suffix, workspaceFile + suffix)
    }
  }
}

/**
 * Replaces a closed workspace file with a copy of a backup: the backup is verified, copied beside
 * the workspace under a temporary name and verified again, the current workspace (with its -wal/-shm)
 * is moved aside to `<file>.before-restore-<time>`, and the copy is renamed into place.
 * Returns where the previous workspace went (undefined if there was none).
 */
export async function replaceWorkspaceFile(
  workspaceFile: string,
  backupFile: string,
  now = new Date(),
): Promise<string | undefined> {
  verifyDatabaseFile(backupFile)
  const incoming = `${workspaceFile}.restoring`
  try {
    const source = new Database(backupFile, { readonly: true, fileMustExist: true })
    try {
      await copyDatabase(source, incoming)
    } finally {
      source.close()
    }
    verifyDatabaseFile(incoming)
  } catch (error) {
    removeWithSideFiles(incoming)
    throw error
  }
  let movedTo: string | undefined
  try {
    movedTo = moveDatabaseAside(workspaceFile, 'before-restore', now)
  } catch (error) {
    removeWithSideFiles(incoming)
    throw error
  }
  try {
    renameSync(incoming, workspaceFile)
  } catch (error) {
    putBack(movedTo, workspaceFile)
    removeWithSideFiles(incoming)
    throw error
  }
  syncFolder(dirname(workspaceFile))
  return movedTo
}
