import { rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Db } from '../db/open-database'
import { syncFile } from './sync-to-disk'

/**
 * Writes a consistent copy of an open database to `target` with SQLite's online backup (writes
 * made meanwhile on the same connection are included), as one self-contained file: rollback-journal
 * mode, so it needs no -wal/-shm beside it, and flushed to the disk.
 */
export async function copyDatabase(source: Db, target: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    rmSync(target + suffix, { force: true })
  }
  await source.backup(target)
  const copy = new Database(target, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  syncFile(target)
}
