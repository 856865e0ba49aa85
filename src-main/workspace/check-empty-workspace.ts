import { statSync } from 'node:fs'
import { listBackups } from '../backup/list-backups'
import { AppError } from '../shared/errors/app-error'

/**
 * Refuses a workspace file of 0 bytes (and no -wal) when backups of it exist: SQLite would take
 * it for a new database, and the data the backups hold would seem to be gone (`workspace_empty`).
 */
export function checkEmptyWorkspace(file: string): void {
  if (file === ':memory:') {
    return
  }
  const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size
  if (size(file) === 0 && !size(`${file}-wal`) && listBackups(file).length > 0) {
    throw new AppError('workspace_empty', { file })
  }
}
