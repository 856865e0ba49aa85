import type { Stats } from 'node:fs'
import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, isAbsolute } from 'node:path'
import { backupsFolderFor } from '../backup/backup-location'
import { databaseFileSuffixes } from '../backup/move-database-aside'
import { AppError } from '../shared/errors/app-error'

function statOf(path: string): Stats | undefined {
  return statSync(path, { throwIfNoEntry: false })
}

/** The path with its folder's symbolic links resolved, as far as the folders exist. */
function resolvedPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(resolvedPath(parent), basename(path))
  }
}

/** Names compare without case where the file systems usually ignore it. */
function comparable(path: string): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path
}

function isInside(path: string, folder: string): boolean {
  const inner = relative(folder, path)
  return inner === '' || (!inner.startsWith('..') && !isAbsolute(inner))
}

function sameFile(a: Stats, b: Stats | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino
}

/**
 * Refuses an export target that would destroy the workspace or is no place for a file: the
 * workspace file itself or its -wal/-shm/-journal (by name, through links, or as the same file
 * under another name), anything in the backups folder, and an existing target that is not a
 * regular file (a folder, FIFO, device or socket). Only a regular file or a new name passes.
 */
export function checkExportTarget(target: string, workspaceFile: string): void {
  const params = { path: target }
  const existing = statOf(target)
  if (existing && !existing.isFile()) {
    throw new AppError('export_target_not_file', params)
  }
  if (workspaceFile !== ':memory:') {
    const resolvedTarget = resolvedPath(target)
    for (const suffix of databaseFileSuffixes) {
      const databaseFile = workspaceFile + suffix
      const isSameName = comparable(resolvedPath(databaseFile)) === comparable(resolvedTarget)
      if (isSameName || (existing && sameFile(existing, statOf(databaseFile)))) {
        throw new AppError('export_target_workspace', params)
      }
    }
    const backups = resolvedPath(backupsFolderFor(workspaceFile))
    if (isInside(comparable(resolvedTarget), comparable(backups))) {
      throw new AppError('export_target_backups', params)
    }
  }
}
