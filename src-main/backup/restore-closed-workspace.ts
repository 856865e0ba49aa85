import { basename } from 'node:path'
import { openDatabase } from '../db/open-database'
import { assertWorkspaceFree } from './assert-workspace-free'
import { findBackupFileOrPath } from './find-backup-file'
import { replaceWorkspaceFile } from './replace-workspace-file'
import type { RestoreResult } from './restore-result'

/**
 * The CLI's restore: with the app closed, replaces the workspace by a copy of a backup (a path, or
 * a name in its backups folder), moving the current file aside, then opens the result once to
 * bring its schema up to date. Refuses while the app has the workspace open.
 */
export async function restoreClosedWorkspace(
  workspaceFile: string,
  backup: string,
): Promise<RestoreResult> {
  const backupFile = findBackupFileOrPath(workspaceFile, backup)
  assertWorkspaceFree(workspaceFile)
  const movedTo = await replaceWorkspaceFile(workspaceFile, backupFile)
  openDatabase(workspaceFile).close()
  return { restoredFrom: basename(backupFile), movedTo: movedTo ?? null }
}
