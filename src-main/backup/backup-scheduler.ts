import type { Db } from '../db/open-database'
import { createBackup } from './create-backup'
import type { BackupInfo } from './list-backups'

/** A backup is taken this long after the first change since the last backup. */
export const defaultBackupDelayMs = 5 * 60 * 1000
const defaultCheckEveryMs = 30 * 1000

export interface BackupSchedulerOptions {
  db: Db
  workspaceFile: string
  delayMs?: number
  checkEveryMs?: number
  now?: () => Date
  onError?: (error: unknown) => void
}

/** Automatic backups of one open workspace. */
export interface BackupScheduler {
  /** Backs up now, after any backup already running. */
  backupNow: () => Promise<BackupInfo>
  /** Backs up if the first change since the last backup is at least the delay old. */
  check: () => Promise<void>
  /** Starts checking every half minute (the timer does not keep the process alive). */
  start: () => void
  /** Stops checking and waits for a running backup, so the database can be closed. */
  stop: () => Promise<void>
}

/**
 * Backs a workspace up a few minutes after editing starts. A change is any write on this
 * connection (`total_changes()`) or on another one (`PRAGMA data_version`).
 */
export function createBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  const { db, workspaceFile } = options
  const delayMs = options.delayMs ?? defaultBackupDelayMs
  const now = options.now ?? (() => new Date())
  const onError = options.onError ?? ((error) => console.error('[dajuan] 自动备份失败：', error))
  const totalChanges = db.prepare('SELECT total_changes() AS changes')
  const changeMark = () =>
    `${(totalChanges.get() as { changes: number }).changes}:${String(db.pragma('data_version', { simple: true }))}`

  let backedUpMark = changeMark()
  let firstChangeAt: number | undefined
  let running: Promise<BackupInfo> | undefined
  let timer: ReturnType<typeof setInterval> | undefined

  const run = async (): Promise<BackupInfo> => {
    const mark = changeMark()
    const backup = await createBackup(db, workspaceFile, now())
    backedUpMark = mark
    firstChangeAt = undefined
    try {
      // Keeps the main file close to the latest save, should it ever be copied without its -wal.
      db.pragma('wal_checkpoint(PASSIVE)')
    } catch {
      // A busy or read-only database checkpoints later; the backup is already whole.
    }
    return backup
  }

  const backupNow = async (): Promise<BackupInfo> => {
    while (running) {
      await running.catch(() => undefined)
    }
    running = run().finally(() => {
      running = undefined
    })
    return running
  }

  const check = async (): Promise<void> => {
    if (running) {
      return
    }
    if (changeMark() === backedUpMark) {
      firstChangeAt = undefined
      return
    }
    const time = now().getTime()
    firstChangeAt ??= time
    if (time - firstChangeAt < delayMs) {
      return
    }
    try {
      await backupNow()
    } catch (error) {
      firstChangeAt = now().getTime()
      onError(error)
    }
  }

  return {
    backupNow,
    check,
    start: () => {
      timer ??= setInterval(() => void check(), options.checkEveryMs ?? defaultCheckEveryMs)
      timer.unref?.()
    },
    stop: async () => {
      clearInterval(timer)
      timer = undefined
      while (running) {
        await running.catch(() => undefined)
      }
    },
  }
}
