import { existsSync, renameSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../shared/errors/app-error'
import { fileTimestamp } from './file-timestamp'
import { syncFolder } from './sync-to-disk'

/** The files SQLite keeps for one database: the file itself, then its journals. */
export const databaseFileSuffixes = ['', '-wal', '-shm', '-journal'] as const

function freeTarget(file: string, label: string, now: Date): string {
  const base = `${file}.${label}-${fileTimestamp(now)}`
  for (let sequence = 1; ; sequence++) {
    const target = sequence === 1 ? base : `${base}-${sequence}`
    if (databaseFileSuffixes.every((suffix) => !existsSync(target + suffix))) {
      return target
    }
  }
}

/**
 * Renames a closed database and its -wal/-shm/-journal to `<file>.<label>-YYYYMMDD-HHMMSS` (side
 * files keep their suffix, so SQLite can still open the set). Nothing is deleted or overwritten.
 * Returns the new name, or undefined when there was nothing to move. Fails with
 * `workspace_move_failed` if a file cannot be moved, so no stale -wal is ever left beside a new file.
 */
export function moveDatabaseAside(
  file: string,
  label: string,
  now = new Date(),
): string | undefined {
  const present = databaseFileSuffixes.filter((suffix) => existsSync(file + suffix))
  if (present.length === 0) {
    return undefined
  }
  const target = freeTarget(file, label, now)
  try {
    for (const suffix of present) {
      renameSync(file + suffix, target + suffix)
    }
    syncFolder(dirname(file))
  } catch (error) {
    throw new AppError('workspace_move_failed', { file, reason: (error as Error).message })
  }
  return target
}
