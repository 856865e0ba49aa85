import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { backupsFolderFor, parseBackupFileName } from './backup-location'
import type { ChannelOutput } from '../contract/channels'

/** One backup as the app shows it: the file name inside the backups folder, when it was taken, its size. */
/** A backup file as the backups dialog lists it (see backupSchema). */
export type BackupInfo = ChannelOutput<'backups.create'>

function readNames(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return []
    }
    throw error
  }
}

/** The workspace's backups, newest first; files that are not its backups are ignored. */
export function listBackups(workspaceFile: string): BackupInfo[] {
  const folder = backupsFolderFor(workspaceFile)
  const found: (BackupInfo & { order: number })[] = []
  for (const name of readNames(folder)) {
    const parsed = parseBackupFileName(workspaceFile, name)
    if (!parsed) {
      continue
    }
    const stats = statSync(join(folder, name), { throwIfNoEntry: false })
    if (!stats?.isFile()) {
      continue
    }
    found.push({
      file: name,
      createdAt: parsed.createdAt.toISOString(),
      bytes: stats.size,
      order: parsed.createdAt.getTime() * 1000 + parsed.sequence,
    })
  }
  return found
    .sort((a, b) => b.order - a.order)
    .map(({ file, createdAt, bytes }) => ({ file, createdAt, bytes }))
}
