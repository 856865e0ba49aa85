import { basename, dirname, extname, join } from 'node:path'
import { fileTimestamp, parseFileTimestamp } from './file-timestamp'

/** The folder holding a workspace's backups: `backups/` beside the workspace file. */
export function backupsFolderFor(workspaceFile: string): string {
  return join(dirname(workspaceFile), 'backups')
}

function workspaceStem(workspaceFile: string): string {
  const name = basename(workspaceFile)
  return name.slice(0, name.length - extname(name).length) || name
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `workspace.sqlite` taken at `date` → `workspace-YYYYMMDD-HHMMSS.sqlite` (then `-2`, `-3`… within one second). */
export function backupFileName(workspaceFile: string, date: Date, sequence = 1): string {
  const suffix = sequence > 1 ? `-${sequence}` : ''
  return `${workspaceStem(workspaceFile)}-${fileTimestamp(date)}${suffix}.sqlite`
}

/** When a backup file of this workspace was taken, from its name; undefined for any other file. */
export function parseBackupFileName(
  workspaceFile: string,
  name: string,
): { createdAt: Date; sequence: number } | undefined {
  const pattern = new RegExp(
    `^${escapeRegExp(workspaceStem(workspaceFile))}-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$`,
  )
  const match = pattern.exec(name)
  const createdAt = match ? parseFileTimestamp(match[1]) : undefined
  if (!match || !createdAt) {
    return undefined
  }
  return { createdAt, sequence: match[2] ? Number(match[2]) : 1 }
}

/** The name a backup is written under before it is verified; never matches `parseBackupFileName`. */
export function partialBackupName(finalName: string): string {
  return `.${finalName}.partial`
}

/** Whether a file in the backups folder is a leftover partial backup (or one of its SQLite side files). */
export function isPartialBackupName(name: string): boolean {
  return /^\..+\.partial(?:-wal|-shm|-journal)?$/.test(name)
}
