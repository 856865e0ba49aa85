import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { backupsFolderFor, isPartialBackupName } from './backup-location'
import type { BackupInfo } from './list-backups'
import { listBackups } from './list-backups'

/** How many of the newest backups are always kept. */
export const keptRecentBackups = 10
/** For how many days (today included) the newest backup of each day is kept. */
export const keptDailyBackups = 30

const partialMaxAgeMs = 60 * 60 * 1000

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`
}

/**
 * The backups rotation removes: everything except the 10 newest and the newest of each of the
 * last 30 days. `backups` must be newest first, as `listBackups` gives them.
 */
export function backupsToDelete(backups: readonly BackupInfo[], now: Date): BackupInfo[] {
  const dailyDays = new Set<string>()
  for (let back = 0; back < keptDailyBackups; back++) {
    dailyDays.add(localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back)))
  }
  const daysKept = new Set<string>()
  return backups.filter((backup, index) => {
    const day = localDay(new Date(backup.createdAt))
    const newestOfItsDay = dailyDays.has(day) && !daysKept.has(day)
    if (newestOfItsDay) {
      daysKept.add(day)
    }
    return index >= keptRecentBackups && !newestOfItsDay
  })
}

/** Deletes the backups the rotation rule drops, and partial backups left by a crash over an hour ago. */
export function rotateBackups(workspaceFile: string, now: Date): BackupInfo[] {
  const folder = backupsFolderFor(workspaceFile)
  const dropped = backupsToDelete(listBackups(workspaceFile), now)
  for (const backup of dropped) {
    rmSync(join(folder, backup.file), { force: true })
  }
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (isPartialBackupName(name) && now.getTime() - statSync(path).mtimeMs > partialMaxAgeMs) {
      rmSync(path, { force: true })
    }
  }
  return dropped
}
