import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import { backupFileName, partialBackupName } from './backup-location'
import type { BackupInfo } from './list-backups'
import { listBackups } from './list-backups'
import { backupsToDelete, rotateBackups } from './rotate-backups'

const tempFolder = useTempFolder()
const workspace = '/w/workspace.sqlite'
const now = new Date(2025, 5, 30, 18, 0, 0)

/** One backup every `everyHours` hours going back `days` days from `now`, newest first. */
function hourlyBackups(days: number, everyHours: number): BackupInfo[] {
  const backups: BackupInfo[] = []
  for (let hours = 0; hours < days * 24; hours += everyHours) {
    const createdAt = new Date(now.getTime() - hours * 3600_000)
    backups.push({
      file: backupFileName(workspace, createdAt),
      createdAt: createdAt.toISOString(),
      bytes: 1,
    })
  }
  return backups
}

describe('backup rotation', () => {
  it('keeps the 10 newest plus the newest of each of the last 30 days, and nothing else', () => {
    const backups = hourlyBackups(60, 3)
    const deleted = new Set(backupsToDelete(backups, now).map((backup) => backup.file))
    const kept = backups.filter((backup) => !deleted.has(backup.file))

    const newestTen = backups.slice(0, 10)
    const dailyKeepers = Array.from({ length: 30 }, (_, back) => {
      const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back)
      return backups.find(
        (backup) => new Date(backup.createdAt).toDateString() === day.toDateString(),
      )!
    })
    const expected = new Set([...newestTen, ...dailyKeepers].map((backup) => backup.file))
    expect(new Set(kept.map((backup) => backup.file))).toEqual(expected)
    expect(kept.length).toBe(expected.size)
    expect(
      kept.every((backup) => now.getTime() - new Date(backup.createdAt).getTime() < 31 * 86400_000),
    ).toBe(true)
  })

  it('deletes nothing while there are at most 10 backups, however old', () => {
    const old = hourlyBackups(400, 24 * 40)
    expect(old.length).toBe(10)
    expect(backupsToDelete(old, now)).toEqual([])
  })

  it('removes dropped files and partial backups older than an hour, and leaves other files alone', () => {
    const folder = tempFolder()
    const file = join(folder, 'workspace.sqlite')
    const backups = join(folder, 'backups')
    mkdirSync(backups)
    for (let day = 0; day < 40; day++) {
      writeFileSync(
        join(backups, backupFileName(file, new Date(now.getTime() - day * 86400_000))),
        'x',
      )
    }
    const stalePartial = join(
      backups,
      partialBackupName(backupFileName(file, new Date(2025, 0, 1))),
    )
    const freshPartial = join(backups, partialBackupName(backupFileName(file, now)))
    writeFileSync(stalePartial, 'half')
    writeFileSync(freshPartial, 'half')
    utimesSync(
      stalePartial,
      new Date(now.getTime() - 2 * 3600_000),
      new Date(now.getTime() - 2 * 3600_000),
    )
    utimesSync(freshPartial, now, now)
    writeFileSync(join(backups, 'notes.txt'), '用户自己的文件')

    const dropped = rotateBackups(file, now)
    expect(dropped).toHaveLength(10)
    expect(listBackups(file)).toHaveLength(30)
    expect(existsSync(stalePartial)).toBe(false)
    expect(existsSync(freshPartial)).toBe(true)
    expect(readdirSync(backups)).toContain('notes.txt')
  })
})
