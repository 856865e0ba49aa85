import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { AppError } from '../shared/errors/app-error'

/**
 * Fails with `workspace_in_use` while another connection (the running app) has the workspace open:
 * in WAL mode every open connection holds a shared lock, so an exclusive lock cannot be taken.
 * A file SQLite cannot read at all is no one's open workspace and passes.
 */
export function assertWorkspaceFree(file: string): void {
  if (!existsSync(file)) {
    return
  }
  let db: Database.Database | undefined
  try {
    db = new Database(file, { fileMustExist: true })
    db.pragma('busy_timeout = 0')
    db.pragma('locking_mode = EXCLUSIVE')
    db.exec('BEGIN EXCLUSIVE')
    db.exec('ROLLBACK')
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
      throw new AppError('workspace_in_use', { file })
    }
  } finally {
    db?.close()
  }
}
